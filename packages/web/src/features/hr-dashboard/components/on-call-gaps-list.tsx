import { Badge, Box, Group, Stack, Table, Text } from '@mantine/core';
import type { HrDashboard } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useFormatters } from '../../../lib/use-formatters';
import { useDashboardLabels } from './use-dashboard-labels';

type Line = HrDashboard['onCall']['lines'][number];

function RosterBadge({ line }: { line: Line }) {
  const { t } = useTranslation();
  if (line.rosterStatus === null) {
    return (
      <Badge color="orange" variant="light" tt="none" miw="max-content">
        {t('hrDashboard.onCall.noRoster')}
      </Badge>
    );
  }
  return (
    <Badge color={line.rosterStatus === 'published' ? 'green' : 'gray'} variant="light" tt="none" miw="max-content">
      {t(`hrDashboard.onCall.${line.rosterStatus}`)}
    </Badge>
  );
}

/** On-call lines of the month, those with unfilled shifts first, with the days to fill and a link to the rosters. */
export function OnCallGapsList({ dashboard }: { dashboard: HrDashboard }) {
  const { t } = useTranslation();
  const { formatInteger, formatDate } = useFormatters();
  const labels = useDashboardLabels(dashboard);
  const { totals, lines } = dashboard.onCall;
  if (lines.length === 0) {
    return <Text c="dimmed">{t('hrDashboard.onCall.empty')}</Text>;
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">
          {t('hrDashboard.onCall.summary', {
            gaps: formatInteger(totals.gaps),
            shifts: formatInteger(totals.shifts),
            withoutRoster: formatInteger(totals.linesWithoutRoster),
          })}
        </Text>
        <AnchorLink to="/rosters" size="sm">
          {t('hrDashboard.onCall.openRosters')}
        </AnchorLink>
      </Group>
      <Box style={{ overflowX: 'auto' }}>
        <Table striped aria-label={t('hrDashboard.sections.onCall')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('hrDashboard.onCall.line')}</Table.Th>
              <Table.Th>{t('hrDashboard.onCall.kind')}</Table.Th>
              <Table.Th>{t('hrDashboard.onCall.establishments')}</Table.Th>
              <Table.Th>{t('hrDashboard.onCall.roster')}</Table.Th>
              <Table.Th ta="end">{t('hrDashboard.onCall.gaps')}</Table.Th>
              <Table.Th>{t('hrDashboard.onCall.days')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.lineId}>
                <Table.Td>
                  <AnchorLink to="/rosters" size="sm">
                    {line.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  {t(line.kind === 'garde' ? 'hrDashboard.onCall.kindGarde' : 'hrDashboard.onCall.kindAstreinte')}
                </Table.Td>
                <Table.Td>{line.establishmentIds.map(labels.establishment).join(', ')}</Table.Td>
                <Table.Td>
                  <RosterBadge line={line} />
                </Table.Td>
                <Table.Td ta="end" fw={line.gaps > 0 ? 700 : undefined} c={line.gaps > 0 ? 'red.8' : undefined}>
                  {line.rosterStatus === null ? '—' : `${formatInteger(line.gaps)} / ${formatInteger(line.shifts)}`}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{line.gapDays.map(formatDate).join(' · ')}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Stack>
  );
}
