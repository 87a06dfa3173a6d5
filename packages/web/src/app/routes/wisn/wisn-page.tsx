import { Card, Stack, Tabs, Text } from '@mantine/core';
import {
  canEditWisnStandards,
  todayInMorocco,
  wisnViewScope,
  type Cadre,
  type WisnEstablishmentSummary,
} from '@tansiq/domain';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { useProvinces } from '../../../features/territory';
import {
  useRegionalWisn,
  useWisnStandards,
  WisnFiltersBar,
  WisnHeatMapTable,
  WisnLegend,
  WisnPressureMap,
  WisnStandardsEditor,
  WisnTotalsTable,
  WisnWhatIfPanel,
  useWisnNumber,
  type WisnFilters,
} from '../../../features/wisn';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { ForbiddenNotice } from '../forbidden-notice';

/** WISN staffing need (issue #5 §3): heat map, map, totals by province, what-if and the standards. */
export function WisnPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDecimal = useWisnNumber();
  const { actor, gst } = useSession();
  const navigate = useNavigate();
  const currentYear = Number(todayInMorocco().slice(0, 4));
  const [filters, setFilters] = useState<WisnFilters>({
    gstId: gst.id,
    year: currentYear,
    provinceCode: '',
    cadre: '',
    establishmentType: '',
  });
  const allowed = wisnViewScope(actor, gst.id) !== null;
  const region = useRegionalWisn({ ...filters, gstId: gst.id });
  const standards = useWisnStandards(gst.id);
  const provinces = useProvinces(gst.regionCode);
  if (!allowed) {
    return <ForbiddenNotice />;
  }
  const provinceName = (code: string) => {
    const province = provinces.data?.find((candidate) => candidate.code === code);
    return province ? localizedName(province, language) : code;
  };
  const establishmentName = (establishment: WisnEstablishmentSummary) => localizedName(establishment, language);
  const handleSelect = (id: string, cadre: Cadre) =>
    void navigate({ to: '/wisn/establishments/$id', params: { id }, search: { cadre, year: filters.year } });
  if (region.isError) {
    return <ErrorPanel error={region.error} onRetry={() => void region.refetch()} />;
  }
  const data = region.data;
  return (
    <Stack gap="md">
      <PageTitle title={t('wisn.title')} subtitle={t('wisn.subtitle')} />
      <WisnFiltersBar
        filters={filters}
        years={[currentYear, currentYear - 1, currentYear - 2, currentYear - 3]}
        provinces={(provinces.data ?? []).map((province) => ({
          value: province.code,
          label: provinceName(province.code),
        }))}
        onChange={setFilters}
      />
      {data === undefined ? (
        <PageLoader />
      ) : (
        <>
          <Card withBorder padding="sm">
            <Text fw={600}>
              {t('wisn.regionSummary', {
                required: formatDecimal(data.totals.region.requiredStaff),
                actual: formatDecimal(data.totals.region.actualStaff),
                ratio: data.totals.region.ratio === null ? '—' : formatDecimal(data.totals.region.ratio),
                pressure: t(`wisn.pressure.${data.totals.region.pressure}`),
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('wisn.basis', { onDate: data.onDate, factor: formatDecimal(data.annualisationFactor) })}
              {data.missingStandards.length > 0 &&
                ` ${t('wisn.missingStandards', { count: data.missingStandards.length })}`}
            </Text>
          </Card>
          <Tabs defaultValue="table" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="table">{t('wisn.tabs.table')}</Tabs.Tab>
              <Tabs.Tab value="map">{t('wisn.tabs.map')}</Tabs.Tab>
              <Tabs.Tab value="provinces">{t('wisn.tabs.provinces')}</Tabs.Tab>
              <Tabs.Tab value="whatIf">{t('wisn.tabs.whatIf')}</Tabs.Tab>
              <Tabs.Tab value="standards">{t('wisn.tabs.standards')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="table" pt="md">
              <Stack gap="sm">
                <WisnLegend />
                <WisnHeatMapTable
                  result={data}
                  establishmentName={establishmentName}
                  provinceName={provinceName}
                  onSelect={handleSelect}
                />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="map" pt="md">
              <WisnPressureMap result={data} regionCode={gst.regionCode} />
            </Tabs.Panel>
            <Tabs.Panel value="provinces" pt="md">
              <Stack gap="md">
                <WisnTotalsTable
                  label={t('wisn.tabs.provinces')}
                  groupTitle={t('wisn.filters.province')}
                  rows={data.totals.byProvince.map((row) => ({
                    ...row,
                    key: row.provinceCode,
                    name: provinceName(row.provinceCode),
                  }))}
                />
                <WisnTotalsTable
                  label={t('wisn.byCadre')}
                  groupTitle={t('wisn.filters.cadre')}
                  rows={data.totals.byCadre.map((row) => ({
                    ...row,
                    key: row.cadre,
                    name: t(`wisn.cadre.${row.cadre}`),
                  }))}
                />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="whatIf" pt="md">
              <WisnWhatIfPanel gstId={gst.id} year={filters.year} result={data} establishmentName={establishmentName} />
            </Tabs.Panel>
            <Tabs.Panel value="standards" pt="md">
              {standards.data ? (
                <WisnStandardsEditor
                  gstId={gst.id}
                  versions={standards.data.standards}
                  canEdit={canEditWisnStandards(actor, gst.id)}
                />
              ) : (
                <PageLoader />
              )}
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
