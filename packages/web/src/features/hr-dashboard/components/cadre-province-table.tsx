import { Box, Table, Text } from '@mantine/core';
import { cadres, type HrDashboard } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useDashboardLabels } from './use-dashboard-labels';

/** People per cadre (rows) and province (columns), with totals; only cadres and provinces that have someone. */
export function CadreProvinceTable({ dashboard }: { dashboard: HrDashboard }) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const labels = useDashboardLabels(dashboard);
  const cells = dashboard.headcount.byCadreAndProvince;
  if (cells.length === 0) {
    return <Text c="dimmed">{t('hrDashboard.table.noStaff')}</Text>;
  }
  const provinceCodes = [...new Set(cells.map((cell) => cell.provinceCode))].sort();
  const shownCadres = cadres.filter((cadre) => cells.some((cell) => cell.cadre === cadre));
  const count = (cadre: string | null, provinceCode: string | null) =>
    cells
      .filter(
        (cell) =>
          (cadre === null || cell.cadre === cadre) && (provinceCode === null || cell.provinceCode === provinceCode),
      )
      .reduce((sum, cell) => sum + cell.headcount, 0);
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder aria-label={t('hrDashboard.sections.cadreProvince')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('hrDashboard.table.cadre')}</Table.Th>
            {provinceCodes.map((code) => (
              <Table.Th key={code} ta="end">
                {labels.province(code)}
              </Table.Th>
            ))}
            <Table.Th ta="end">{t('hrDashboard.table.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shownCadres.map((cadre) => (
            <Table.Tr key={cadre}>
              <Table.Th scope="row">{t(`hrDashboard.cadres.${cadre}`)}</Table.Th>
              {provinceCodes.map((code) => (
                <Table.Td key={code} ta="end">
                  {formatInteger(count(cadre, code))}
                </Table.Td>
              ))}
              <Table.Td ta="end" fw={600}>
                {formatInteger(count(cadre, null))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('hrDashboard.table.total')}</Table.Th>
            {provinceCodes.map((code) => (
              <Table.Td key={code} ta="end" fw={600}>
                {formatInteger(count(null, code))}
              </Table.Td>
            ))}
            <Table.Td ta="end" fw={700}>
              {formatInteger(count(null, null))}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Box>
  );
}
