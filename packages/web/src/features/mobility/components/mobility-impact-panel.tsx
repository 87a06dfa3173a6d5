import { Alert, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import type { MobilityImpact, WisnChange, WisnPressure } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useFormatters } from '../../../lib/use-formatters';
import { pressureBackgrounds, useWisnNumber } from '../../wisn';
import { useMobilityImpact } from '../api/mobility-api';

function StaffCounts({ impact, names }: { impact: MobilityImpact; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { formatDecimal } = useFormatters();
  return (
    <Table withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('approvals.mobility.establishment')}</Table.Th>
          <Table.Th>{t('approvals.mobility.cadre')}</Table.Th>
          <Table.Th>{t('approvals.mobility.fteBefore')}</Table.Th>
          <Table.Th>{t('approvals.mobility.fteAfter')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {impact.staffCounts.map((row) => (
          <Table.Tr key={row.establishmentId}>
            <Table.Td>{names.get(row.establishmentId) ?? row.establishmentId}</Table.Td>
            <Table.Td>{t(`approvals.mobility.cadres.${row.cadre}`)}</Table.Td>
            <Table.Td>{formatDecimal(row.fteBefore)}</Table.Td>
            <Table.Td fw={600}>{formatDecimal(row.fteAfter)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const pressureTag = { borderRadius: 4, whiteSpace: 'nowrap' } as const;

function RatioCell({ ratio, pressure }: { ratio: number | null; pressure: WisnPressure | null }) {
  const { t } = useTranslation();
  const format = useWisnNumber();
  if (ratio === null || pressure === null) {
    return <Table.Td>—</Table.Td>;
  }
  return (
    <Table.Td>
      {format(ratio)}{' '}
      <Text span size="xs" fw={600} px={6} py={2} bg={pressureBackgrounds[pressure]} style={pressureTag}>
        {t(`wisn.pressure.${pressure}`)}
      </Text>
    </Table.Td>
  );
}

/** WISN of the person's cadre at both ends, before and after: staff required, ratio and pressure band. */
function WisnChanges({ rows, names }: { rows: WisnChange[]; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const format = useWisnNumber();
  return (
    <Table withTableBorder aria-label={t('approvals.mobility.wisnTitle')}>
      <Table.Caption>{t('approvals.mobility.wisnCaption', { year: rows[0]?.year ?? '' })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('approvals.mobility.establishment')}</Table.Th>
          <Table.Th>{t('approvals.mobility.required')}</Table.Th>
          <Table.Th>{t('approvals.mobility.ratioBefore')}</Table.Th>
          <Table.Th>{t('approvals.mobility.ratioAfter')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.establishmentId}>
            <Table.Td>{names.get(row.establishmentId) ?? row.establishmentId}</Table.Td>
            <Table.Td>
              {row.requiredStaff === null ? t('approvals.mobility.noStandard') : format(row.requiredStaff)}
            </Table.Td>
            <RatioCell ratio={row.ratioBefore} pressure={row.pressureBefore} />
            <RatioCell ratio={row.ratioAfter} pressure={row.pressureAfter} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ImpactBody({ impact, names }: { impact: MobilityImpact; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const period = (from: string | null, to: string | null) =>
    [from, to]
      .filter((day): day is string => day !== null)
      .map(formatDate)
      .join(' – ');
  return (
    <Stack gap="sm">
      <Text size="sm">
        {impact.staffMember.displayName} · {impact.staffMember.staffNumber} ·{' '}
        {t(`approvals.mobility.cadres.${impact.staffMember.cadre}`)}
      </Text>
      {impact.conflicts.length === 0 ? (
        <Alert color="teal" variant="light">
          {t('approvals.mobility.noConflict')}
        </Alert>
      ) : (
        <Alert color="orange" title={t('approvals.mobility.conflicts')}>
          <List size="sm">
            {impact.conflicts.map((conflict, index) => (
              <List.Item key={index}>
                {t(`approvals.mobility.conflict.${conflict.kind}`)} {period(conflict.from, conflict.to)}
                {conflict.kind === 'assignment_rule' && ` — ${conflict.message}`}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <StaffCounts impact={impact} names={names} />
      {impact.wisn === null ? (
        <Text size="sm" c="dimmed">
          {t('approvals.mobility.noWisn')}
        </Text>
      ) : (
        <WisnChanges rows={impact.wisn} names={names} />
      )}
      {impact.onCallLines.length === 0 ? (
        impact.releasedShifts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('approvals.mobility.noOnCall')}
          </Text>
        )
      ) : (
        <Alert color="orange" variant="light" title={t('approvals.mobility.onCall')}>
          <List size="sm">
            {impact.onCallLines.map((line) => (
              <List.Item key={line.lineId}>
                {line.name} · {t('approvals.mobility.dutyDays', { count: line.dutyDays })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {impact.releasedShifts.length > 0 && (
        <Alert color="blue" variant="light" title={t('approvals.mobility.released')}>
          <List size="sm">
            {impact.releasedShifts.map((shift) => (
              <List.Item key={`${shift.rosterId}/${shift.shiftId}`}>
                {formatDate(shift.day)} · {shift.lineName}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {impact.createdAssignments.length > 0 && (
        <Alert color="teal" title={t('approvals.mobility.created')}>
          <List size="sm">
            {impact.createdAssignments.map((assignment) => (
              <List.Item key={assignment.id}>
                {names.get(assignment.establishmentId) ?? assignment.establishmentId} ·{' '}
                {t(`approvals.mobility.assignmentKind.${assignment.kind}`)} · {assignment.timeShare} % ·{' '}
                {period(assignment.validFrom, assignment.validTo)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** What approvers see before deciding a mobility, and the assignments its approval created. */
export function MobilityImpactPanel({ requestId, names }: { requestId: string; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const impact = useMobilityImpact(requestId);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="mobility-impact-title">
      <Title order={2} size="h4" id="mobility-impact-title" mb="sm">
        {t('approvals.mobility.impact')}
      </Title>
      {impact.isPending && <PageLoader />}
      {impact.isError && <ErrorPanel error={impact.error} onRetry={() => void impact.refetch()} />}
      {impact.data && <ImpactBody impact={impact.data} names={names} />}
    </Card>
  );
}
