import type { ReferralIndicatorRow } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../components/echart';
import { useLanguage } from '../../../lib/use-language';
import { groupLabel } from './group-label';

const rates = [
  ['declineRate', '#e03131'],
  ['redirectRate', '#f59f00'],
  ['noShowRate', '#f76707'],
  ['counterReferralCompletion', '#37b24d'],
] as const;

/** Decline, redirect and no-show rates and counter-referral completion per group (establishments), in percent. */
export function RatesChart({ rows }: { rows: readonly ReferralIndicatorRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rtl = language === 'ar';
  const shown = useMemo(() => [...rows].sort((a, b) => b.referrals - a.referrals).slice(0, 15), [rows]);
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => `${String(value)} %` },
      xAxis: { type: 'value', inverse: rtl, max: 100 },
      yAxis: {
        type: 'category',
        position: rtl ? 'right' : 'left',
        data: shown.map((row) => groupLabel(row, language)),
      },
      series: rates.map(([rate, color]) => ({
        type: 'bar' as const,
        name: t(`referralIndicators.kpi.${rate}`),
        itemStyle: { color },
        data: shown.map((row) => (row[rate] === null ? null : Math.round((row[rate] ?? 0) * 1000) / 10)),
      })),
    }),
    [shown, rtl, language, t],
  );
  return (
    <EChart
      option={option}
      height={Math.max(260, shown.length * 56)}
      ariaLabel={t('referralIndicators.charts.rates')}
    />
  );
}
