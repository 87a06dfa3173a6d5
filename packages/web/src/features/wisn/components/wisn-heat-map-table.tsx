import { ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { cadres, type Cadre, type RegionalWisnResponse, type WisnRowSummary } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useWisnNumber } from './use-wisn-number';
import { pressureBackgrounds } from './wisn-pressure';

interface WisnHeatMapTableProps {
  result: RegionalWisnResponse;
  establishmentName: (establishment: RegionalWisnResponse['establishments'][number]) => string;
  provinceName: (code: string) => string;
  onSelect: (establishmentId: string, cadre: Cadre) => void;
}

/**
 * Establishments × cadres, each cell the WISN ratio (actual ÷ required staff) coloured by its pressure class; a cell
 * opens the calculation. Establishments are listed worst first (lowest ratio of the establishment's totals).
 */
export function WisnHeatMapTable({ result, establishmentName, provinceName, onSelect }: WisnHeatMapTableProps) {
  const { t } = useTranslation();
  const formatDecimal = useWisnNumber();
  const cells = new Map(result.rows.map((row) => [`${row.establishmentId}|${row.cadre}`, row]));
  const shown = cadres.filter((cadre) => result.rows.some((row) => row.cadre === cadre));
  const totals = new Map(result.totals.byEstablishment.map((total) => [total.establishmentId, total]));
  const establishments = result.establishments
    .filter((establishment) => totals.has(establishment.id))
    .sort((a, b) => (totals.get(a.id)?.ratio ?? Infinity) - (totals.get(b.id)?.ratio ?? Infinity));
  if (establishments.length === 0) {
    return <Text c="dimmed">{t('wisn.table.empty')}</Text>;
  }
  const cell = (row: WisnRowSummary | undefined, name: string, cadre: Cadre) =>
    row === undefined ? (
      <Table.Td key={cadre} />
    ) : (
      <Table.Td key={cadre} p={0} style={{ background: pressureBackgrounds[row.pressure] }}>
        <UnstyledButton
          w="100%"
          p={6}
          ta="center"
          aria-label={t('wisn.table.cellLabel', { establishment: name, cadre: t(`wisn.cadre.${row.cadre}`) })}
          title={t(`wisn.pressure.${row.pressure}`)}
          onClick={() => onSelect(row.establishmentId, row.cadre)}
        >
          {row.ratio === null ? '—' : formatDecimal(row.ratio)}
        </UnstyledButton>
      </Table.Td>
    );
  return (
    <ScrollArea>
      <Table withTableBorder withColumnBorders stickyHeader aria-label={t('wisn.table.label')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wisn.table.establishment')}</Table.Th>
            <Table.Th>{t('wisn.table.province')}</Table.Th>
            {shown.map((cadre) => (
              <Table.Th key={cadre} ta="center">
                {t(`wisn.cadre.${cadre}`)}
              </Table.Th>
            ))}
            <Table.Th ta="center">{t('wisn.table.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {establishments.map((establishment) => {
            const name = establishmentName(establishment);
            const total = totals.get(establishment.id);
            return (
              <Table.Tr key={establishment.id}>
                <Table.Td>
                  <Text size="sm">{name}</Text>
                  <Text size="xs" c="dimmed">
                    {establishment.type}
                  </Text>
                </Table.Td>
                <Table.Td>{provinceName(establishment.provinceCode)}</Table.Td>
                {shown.map((cadre) => cell(cells.get(`${establishment.id}|${cadre}`), name, cadre))}
                <Table.Td ta="center" style={{ background: total ? pressureBackgrounds[total.pressure] : undefined }}>
                  {total?.ratio == null ? '—' : formatDecimal(total.ratio)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
