import type { ReferralIndicatorRow } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../components/echart';
import { useLanguage } from '../../../lib/use-language';
import { groupLabel } from './group-label';

const steps = [
  ['acceptance', '#74c0fc'],
  ['appointment', '#4dabf7'],
  ['attendance', '#1c7ed6'],
  ['counterReferral', '#37b24d'],
] as const;

/**
 * Delays per group (specialties): the median as a bar and the 90th percentile as a lighter bar behind it, for each
 * step. Groups too small to publish a delay show no bar.
 */
export function DelayChart({ rows }: { rows: readonly ReferralIndicatorRow[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rtl = language === 'ar';
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', inverse: rtl, name: t('referralIndicators.charts.daysAxis') },
      yAxis: {
        type: 'category',
        position: rtl ? 'right' : 'left',
        data: rows.map((row) => groupLabel(row, language)),
      },
      series: steps.flatMap(([step, color]) => [
        {
          type: 'bar' as const,
          name: `${t(`referralIndicators.delay.${step}`)} — p90`,
          itemStyle: { color, opacity: 0.35 },
          barGap: '-100%',
          data: rows.map((row) => row.delays[step].p90),
        },
        {
          type: 'bar' as const,
          name: `${t(`referralIndicators.delay.${step}`)} — ${t('referralIndicators.median')}`,
          itemStyle: { color },
          data: rows.map((row) => row.delays[step].median),
        },
      ]),
    }),
    [rows, rtl, language, t],
  );
  return (
    <EChart
      option={option}
      height={Math.max(260, rows.length * 48)}
      ariaLabel={t('referralIndicators.charts.delays')}
    />
  );
}
