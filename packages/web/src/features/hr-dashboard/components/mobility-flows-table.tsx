import { Box, Table } from '@mantine/core';
import type { HrDashboard } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useDashboardLabels } from './use-dashboard-labels';

/** The flows as a table: the map's accessible and printable twin. */
export function MobilityFlowsTable({ dashboard }: { dashboard: HrDashboard }) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const labels = useDashboardLabels(dashboard);
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table striped aria-label={t('hrDashboard.sections.mobility')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('hrDashboard.mobility.origin')}</Table.Th>
            <Table.Th>{t('hrDashboard.mobility.destination')}</Table.Th>
            <Table.Th ta="end">{t('hrDashboard.mobility.approved')}</Table.Th>
            <Table.Th ta="end">{t('hrDashboard.mobility.pending')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dashboard.mobility.flows.map((flow) => (
            <Table.Tr key={`${flow.originId}>${flow.destinationId}`}>
              <Table.Td>{labels.establishment(flow.originId)}</Table.Td>
              <Table.Td>{labels.establishment(flow.destinationId)}</Table.Td>
              <Table.Td ta="end">{formatInteger(flow.approved)}</Table.Td>
              <Table.Td ta="end">{formatInteger(flow.pending)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
