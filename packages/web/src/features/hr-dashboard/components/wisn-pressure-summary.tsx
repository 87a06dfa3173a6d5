import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { HrDashboard } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useFormatters } from '../../../lib/use-formatters';
import { pressureBackgrounds } from '../../wisn';

/** WISN pressure of the year: establishment × cadre pairs per band, establishments short of staff, link to WISN. */
export function WisnPressureSummary({ wisn }: { wisn: HrDashboard['wisn'] }) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('hrDashboard.wisn.summary', {
          rows: formatInteger(wisn.rowCount),
          year: wisn.year,
          shortage: formatInteger(wisn.establishmentsInShortage),
        })}
      </Text>
      <Table withTableBorder aria-label={t('hrDashboard.sections.wisn')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('hrDashboard.wisn.band')}</Table.Th>
            <Table.Th ta="end">{t('hrDashboard.wisn.count')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {wisn.bands.map((band) => (
            <Table.Tr key={band.pressure}>
              <Table.Td>
                <Badge variant="light" color="dark" bg={pressureBackgrounds[band.pressure]} tt="none">
                  {t(`hrDashboard.pressure.${band.pressure}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="end">{formatInteger(band.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        {wisn.missingStandards > 0 ? (
          <Text size="xs" c="dimmed">
            {t('hrDashboard.wisn.missing', { formatted: formatInteger(wisn.missingStandards) })}
          </Text>
        ) : (
          <span />
        )}
        <AnchorLink to="/wisn" size="sm">
          {t('hrDashboard.wisn.open')}
        </AnchorLink>
      </Group>
    </Stack>
  );
}
