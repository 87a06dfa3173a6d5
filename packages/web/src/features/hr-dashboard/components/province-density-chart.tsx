import { Text } from '@mantine/core';
import type { HrDashboard } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../components/echart';
import { useFormatters } from '../../../lib/use-formatters';
import { useDashboardLabels } from './use-dashboard-labels';

const fontFamily = "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif";

/**
 * Per province: doctors + nurses + midwives per 10,000 against the 23 threshold, and doctors per 10,000 against the
 * national public figure (reference lines); mirrored in Arabic.
 */
export function ProvinceDensityChart({ dashboard }: { dashboard: HrDashboard }) {
  const { t } = useTranslation();
  const { formatDecimal } = useFormatters();
  const labels = useDashboardLabels(dashboard);
  const rtl = labels.language === 'ar';
  const { benchmarks } = dashboard;
  const rows = dashboard.headcount.byProvince;

  const option = useMemo<EChartOption>(() => {
    const sorted = [...rows].sort((a, b) => a.densityPer10k - b.densityPer10k);
    const reference = (value: number, name: string, color: string) => ({
      silent: true,
      symbol: 'none',
      lineStyle: { color, type: 'dashed' as const, width: 2 },
      label: { formatter: name, position: 'insideEndTop' as const, color, fontFamily },
      data: [{ xAxis: value }],
    });
    return {
      grid: { left: 8, right: 32, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { fontFamily } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value) => formatDecimal(Number(value)),
      },
      xAxis: {
        type: 'value',
        inverse: rtl,
        // A fixed number, not ECharts' max callback (which collapses the inverted axis of the Arabic layout).
        max: Math.ceil(Math.max(benchmarks.thresholdPer10k, ...sorted.map((row) => row.densityPer10k)) * 1.1),
        axisLabel: { formatter: (value: number) => formatDecimal(value) },
      },
      yAxis: {
        type: 'category',
        position: rtl ? 'right' : 'left',
        data: sorted.map((row) => labels.province(row.provinceCode)),
        axisLabel: { fontFamily },
      },
      series: [
        {
          type: 'bar',
          name: t('hrDashboard.chart.density'),
          data: sorted.map((row) => row.densityPer10k),
          itemStyle: { color: '#3182bd' },
          markLine: reference(benchmarks.thresholdPer10k, t('hrDashboard.chart.threshold'), '#c92a2a'),
        },
        {
          type: 'bar',
          name: t('hrDashboard.chart.doctors'),
          data: sorted.map((row) => row.doctorsPer10k),
          itemStyle: { color: '#74c476' },
          markLine: reference(
            benchmarks.nationalDoctorsPer10k,
            t('hrDashboard.chart.national', { value: formatDecimal(benchmarks.nationalDoctorsPer10k) }),
            '#2b8a3e',
          ),
        },
      ],
    };
  }, [rows, benchmarks, rtl, labels, formatDecimal, t]);

  if (rows.length === 0) {
    return <Text c="dimmed">{t('hrDashboard.chart.empty')}</Text>;
  }
  return (
    <EChart option={option} height={Math.max(220, 60 + rows.length * 44)} ariaLabel={t('hrDashboard.chart.label')} />
  );
}
