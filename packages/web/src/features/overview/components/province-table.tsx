import { Table } from '@mantine/core';
import type { RegionOverview } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';

/** One row per province; the name opens the establishment list filtered on that province. */
export function ProvinceTable({ overview }: { overview: RegionOverview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger, formatDecimal } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover aria-label={t('overview.provinceTable')} data-testid="province-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('overview.province')}</Table.Th>
            <Table.Th ta="end">{t('indicator.population2024')}</Table.Th>
            <Table.Th ta="end">{t('indicator.establishments')}</Table.Th>
            <Table.Th ta="end">{t('indicator.primaryCarePer10k')}</Table.Th>
            <Table.Th ta="end">{t('indicator.bedsPer10k')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overview.provinces.map((province) => (
            <Table.Tr key={province.code}>
              <Table.Td>
                <AnchorLink to="/establishments" search={{ provinceCode: province.code, page: 1 }} size="sm">
                  {localizedName(province, language)}
                </AnchorLink>
              </Table.Td>
              <Table.Td ta="end">{formatInteger(province.population2024)}</Table.Td>
              <Table.Td ta="end">{formatInteger(province.establishments)}</Table.Td>
              <Table.Td ta="end">{formatDecimal(province.primaryCarePer10k)}</Table.Td>
              <Table.Td ta="end">{formatDecimal(province.bedsPer10k)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('overview.regionTotal')}</Table.Th>
            <Table.Th ta="end">{formatInteger(overview.totals.population2024)}</Table.Th>
            <Table.Th ta="end">{formatInteger(overview.totals.establishments)}</Table.Th>
            <Table.Th ta="end">{formatDecimal(overview.totals.primaryCarePer10k)}</Table.Th>
            <Table.Th ta="end">{formatDecimal(overview.totals.bedsPer10k)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
