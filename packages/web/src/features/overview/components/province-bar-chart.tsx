import type { RegionOverview } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../components/echart';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { indicatorValue, isRateIndicator, type Indicator } from './indicators';

interface ProvinceBarChartProps {
  overview: RegionOverview;
  indicator: Indicator;
}

/** The chosen indicator per province, largest first; mirrored in Arabic. */
export function ProvinceBarChart({ overview, indicator }: ProvinceBarChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger, formatDecimal } = useFormatters();
  const rtl = language === 'ar';
  const format = isRateIndicator(indicator) ? formatDecimal : formatInteger;

  const option = useMemo<EChartOption>(() => {
    const rows = [...overview.provinces].sort((a, b) => indicatorValue(a, indicator) - indicatorValue(b, indicator));
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => format(Number(value)) },
      xAxis: { type: 'value', inverse: rtl, axisLabel: { formatter: (value: number) => format(value) } },
      yAxis: {
        type: 'category',
        position: rtl ? 'right' : 'left',
        data: rows.map((row) => localizedName(row, language)),
        axisLabel: { fontFamily: "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif" },
      },
      series: [
        {
          type: 'bar',
          name: t(`indicator.${indicator}`),
          data: rows.map((row) => indicatorValue(row, indicator)),
          itemStyle: { color: '#3182bd', borderRadius: rtl ? [4, 0, 0, 4] : [0, 4, 4, 0] },
          label: { show: true, position: rtl ? 'left' : 'right', formatter: ({ value }) => format(Number(value)) },
        },
      ],
    };
  }, [overview, indicator, rtl, language, format, t]);

  return (
    <EChart
      option={option}
      height={300}
      ariaLabel={t('overview.chartLabel', { indicator: t(`indicator.${indicator}`) })}
    />
  );
}
