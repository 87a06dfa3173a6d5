import { Card, Grid, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { indicatorGroupings, todayInMorocco, type IndicatorGrouping } from '@tansiq/domain';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import {
  DelayChart,
  groupLabel,
  IndicatorFiltersBar,
  IndicatorKpiCards,
  IndicatorTable,
  MonthlyVolumeChart,
  OverdueReferralsTable,
  presetPeriod,
  RatesChart,
  ReferralFlowMap,
  useReferralFlows,
  useReferralIndicators,
  type IndicatorFilters,
  type PeriodPreset,
} from '../../../features/referral-indicators';
import { useLanguage } from '../../../lib/use-language';

function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <Card withBorder padding="md" id={id}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Pathway indicators (issue #4 §9): volumes, delays, rates, tele-expertise, per group, and the flow map. */
export function ReferralIndicatorsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { gst } = useSession();
  const today = todayInMorocco();
  const [preset, setPreset] = useState<PeriodPreset>('12m');
  const [filters, setFilters] = useState<IndicatorFilters>(() => ({
    gstId: gst.id,
    side: 'destination',
    specialtyCode: '',
    provinceCode: '',
    establishmentId: '',
    ...(presetPeriod('12m', today) ?? { from: today, to: today }),
  }));
  const [groupBy, setGroupBy] = useState<IndicatorGrouping>('specialty');
  const selection = { ...filters, gstId: gst.id };
  const months = useReferralIndicators(selection, 'month');
  const bySpecialty = useReferralIndicators(selection, 'specialty');
  const byEstablishment = useReferralIndicators(selection, 'establishment');
  const table = useReferralIndicators(selection, groupBy);
  const flows = useReferralFlows(selection);
  const establishments = useMemo(
    () =>
      (byEstablishment.data?.rows ?? [])
        .map((row) => ({ id: row.key, name: groupLabel(row, language) }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
    [byEstablishment.data, language],
  );

  if (months.isError) {
    return <ErrorPanel error={months.error} onRetry={() => void months.refetch()} />;
  }
  return (
    <Stack gap="md">
      <PageTitle title={t('referralIndicators.title')} subtitle={t('referralIndicators.subtitle')} />
      <IndicatorFiltersBar
        filters={selection}
        preset={preset}
        regionCode={gst.regionCode}
        today={today}
        establishments={establishments}
        onChange={(next, nextPreset) => {
          setFilters(next);
          setPreset(nextPreset);
        }}
      />
      {months.isPending ? (
        <PageLoader />
      ) : (
        <>
          <IndicatorKpiCards totals={months.data.totals} />
          <Text size="xs" c="dimmed">
            {t('referralIndicators.suppression')}
          </Text>
          <Section title={t('referralIndicators.overdue.title')} id="overdue">
            <Text size="xs" c="dimmed" mb="xs">
              {t('referralIndicators.overdue.subtitle')}
            </Text>
            <OverdueReferralsTable filters={selection} />
          </Section>
          <Section title={t('referralIndicators.charts.monthly')}>
            <MonthlyVolumeChart rows={months.data.rows} />
          </Section>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Section title={t('referralIndicators.charts.delays')}>
                {bySpecialty.data ? <DelayChart rows={bySpecialty.data.rows} /> : <PageLoader />}
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Section title={t('referralIndicators.charts.rates')}>
                {byEstablishment.data ? <RatesChart rows={byEstablishment.data.rows} /> : <PageLoader />}
              </Section>
            </Grid.Col>
          </Grid>
          <Section title={t('referralIndicators.byGroup')}>
            <Stack gap="sm">
              <SegmentedControl
                aria-label={t('referralIndicators.groupBy')}
                value={groupBy}
                data={indicatorGroupings.map((value) => ({ value, label: t(`referralIndicators.group.${value}`) }))}
                onChange={(value) => setGroupBy(indicatorGroupings.find((candidate) => candidate === value) ?? groupBy)}
                maw={520}
              />
              {table.data ? (
                <IndicatorTable rows={table.data.rows} groupTitle={t(`referralIndicators.group.${groupBy}`)} />
              ) : (
                <PageLoader />
              )}
            </Stack>
          </Section>
          <Section title={t('referralIndicators.flows.title')}>
            {flows.data ? <ReferralFlowMap flows={flows.data} regionCode={gst.regionCode} /> : <PageLoader />}
          </Section>
        </>
      )}
    </Stack>
  );
}
