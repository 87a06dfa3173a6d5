import { Alert, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import type { MobilityImpact } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useFormatters } from '../../../lib/use-formatters';
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
      <Text size="sm" c="dimmed">
        {impact.wisn === null
          ? t('approvals.mobility.noWisn')
          : t('approvals.mobility.wisnCount', { count: impact.wisn.length })}
      </Text>
      <Text size="sm" c="dimmed">
        {impact.onCallLines.length === 0
          ? t('approvals.mobility.noOnCall')
          : impact.onCallLines.map((line) => line.name).join(', ')}
      </Text>
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
