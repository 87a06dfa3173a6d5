import { Table } from '@mantine/core';
import type { WisnTotalFigures } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useWisnNumber } from './use-wisn-number';
import { pressureBackgrounds } from './wisn-pressure';

interface WisnTotalsTableProps {
  label: string;
  groupTitle: string;
  rows: (WisnTotalFigures & { key: string; name: string })[];
}

/** Required and actual staff, difference and ratio per group (province, cadre…), ratio cell coloured by pressure. */
export function WisnTotalsTable({ label, groupTitle, rows }: WisnTotalsTableProps) {
  const { t } = useTranslation();
  const formatDecimal = useWisnNumber();
  return (
    <Table withTableBorder aria-label={label} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{groupTitle}</Table.Th>
          <Table.Th ta="end">{t('wisn.figures.required')}</Table.Th>
          <Table.Th ta="end">{t('wisn.figures.actual')}</Table.Th>
          <Table.Th ta="end">{t('wisn.figures.difference')}</Table.Th>
          <Table.Th ta="end">{t('wisn.figures.ratio')}</Table.Th>
          <Table.Th>{t('wisn.figures.pressure')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.name}</Table.Td>
            <Table.Td ta="end">{formatDecimal(row.requiredStaff)}</Table.Td>
            <Table.Td ta="end">{formatDecimal(row.actualStaff)}</Table.Td>
            <Table.Td ta="end">{formatDecimal(row.difference)}</Table.Td>
            <Table.Td ta="end" style={{ background: pressureBackgrounds[row.pressure] }}>
              {row.ratio === null ? '—' : formatDecimal(row.ratio)}
            </Table.Td>
            <Table.Td>{t(`wisn.pressure.${row.pressure}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
