import { Badge, Box, Grid, Stack, Table, Text, Title } from '@mantine/core';
import type { HrDashboard } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useFormatters } from '../../../lib/use-formatters';
import { useDashboardLabels } from './use-dashboard-labels';

type Figures = {
  medianHours: number | null;
  medianWorkingDays: number | null;
  p90Hours: number | null;
  p90WorkingDays: number | null;
};

function useDuration() {
  const { t } = useTranslation();
  const { formatDecimal } = useFormatters();
  return (hours: number | null, days: number | null) =>
    hours === null || days === null
      ? t('hrDashboard.decision.none')
      : t('hrDashboard.decision.hoursDays', { hours: formatDecimal(hours), days: formatDecimal(days) });
}

function Percentiles({ row }: { row: Figures }) {
  const duration = useDuration();
  return (
    <>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{duration(row.medianHours, row.medianWorkingDays)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{duration(row.p90Hours, row.p90WorkingDays)}</Table.Td>
    </>
  );
}

/** Time to decision: median and 90th percentile per request type and per month; the requests waiting, with age. */
export function TimeToDecisionPanel({ dashboard }: { dashboard: HrDashboard }) {
  const { t } = useTranslation();
  const { formatInteger, formatDate } = useFormatters();
  const labels = useDashboardLabels(dashboard);
  const { byType, byMonth, pending } = dashboard.timeToDecision;
  const typeName = (type: string) => t(`hrDashboard.decision.types.${type}`, { defaultValue: type });
  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={12}>
          <Title order={3} size="h5" mb={4}>
            {t('hrDashboard.decision.byType')}
          </Title>
          {byType.length === 0 ? (
            <Text c="dimmed">{t('hrDashboard.decision.noDecision')}</Text>
          ) : (
            <Box style={{ overflowX: 'auto' }}>
              <Table striped aria-label={t('hrDashboard.decision.byType')}>
                <Table.Thead>
                  <Table.Tr>
                    {(['type', 'decided', 'approved', 'rejected', 'undecided', 'median', 'p90'] as const).map((key) => (
                      <Table.Th key={key}>{t(`hrDashboard.decision.${key}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {byType.map((row) => (
                    <Table.Tr key={row.type}>
                      <Table.Td>{typeName(row.type)}</Table.Td>
                      <Table.Td>{formatInteger(row.decided)}</Table.Td>
                      <Table.Td>{formatInteger(row.approved)}</Table.Td>
                      <Table.Td>{formatInteger(row.rejected)}</Table.Td>
                      <Table.Td>{formatInteger(row.undecided)}</Table.Td>
                      <Percentiles row={row} />
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Box>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Title order={3} size="h5" mb={4}>
            {t('hrDashboard.decision.byMonth')}
          </Title>
          {byMonth.length === 0 ? (
            <Text c="dimmed">{t('hrDashboard.decision.noDecision')}</Text>
          ) : (
            <Table striped aria-label={t('hrDashboard.decision.byMonth')}>
              <Table.Thead>
                <Table.Tr>
                  {(['month', 'decided', 'median', 'p90'] as const).map((key) => (
                    <Table.Th key={key}>{t(`hrDashboard.decision.${key}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {byMonth.map((row) => (
                  <Table.Tr key={row.month}>
                    <Table.Td>{row.month}</Table.Td>
                    <Table.Td>{formatInteger(row.decided)}</Table.Td>
                    <Percentiles row={row} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Grid.Col>
      </Grid>
      <Title order={3} size="h5">
        {t('hrDashboard.decision.pending')}
      </Title>
      {pending.length === 0 ? (
        <Text c="dimmed">{t('hrDashboard.decision.noPending')}</Text>
      ) : (
        <Box style={{ overflowX: 'auto' }}>
          <Table striped aria-label={t('hrDashboard.decision.pending')}>
            <Table.Thead>
              <Table.Tr>
                {(['type', 'status', 'route', 'submittedAt', 'age', 'open'] as const).map((key) => (
                  <Table.Th key={key}>{t(`hrDashboard.decision.${key}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((item) => (
                <Table.Tr key={item.requestId}>
                  <Table.Td>{typeName(item.type)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge
                      variant="light"
                      color={item.status === 'pending' ? 'blue' : 'orange'}
                      tt="none"
                      miw="max-content"
                    >
                      {t(
                        item.status === 'pending'
                          ? 'hrDashboard.decision.statusPending'
                          : 'hrDashboard.decision.statusReturned',
                      )}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {labels.establishment(item.originEstablishmentId)}
                    {item.destinationEstablishmentId
                      ? ` → ${labels.establishment(item.destinationEstablishmentId)}`
                      : ''}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(item.firstSubmittedAt)}</Table.Td>
                  <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {t('hrDashboard.decision.ageValue', {
                      days: formatInteger(item.ageDays),
                      workingDays: formatInteger(item.ageWorkingDays),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <AnchorLink to="/approvals/$requestId" params={{ requestId: item.requestId }} size="sm">
                      {t('hrDashboard.decision.open')}
                    </AnchorLink>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </Stack>
  );
}
