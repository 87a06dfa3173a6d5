import { establishmentTypes, type RegionOverview } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../components/echart';
import { useLanguage } from '../../../lib/use-language';
import { typeColors } from '../../establishments';

/** How many establishments of each type the region has. */
export function TypeBreakdownChart({ overview }: { overview: RegionOverview }) {
  const { t } = useTranslation();
  const rtl = useLanguage() === 'ar';
  const option = useMemo<EChartOption>(() => {
    const counts = new Map(overview.byType.map((entry) => [entry.type, entry.count]));
    const types = establishmentTypes.filter((type) => (counts.get(type) ?? 0) > 0);
    return {
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'category', inverse: rtl, data: types, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', position: rtl ? 'right' : 'left' },
      series: [
        {
          type: 'bar',
          name: t('indicator.establishments'),
          data: types.map((type) => ({ value: counts.get(type) ?? 0, itemStyle: { color: typeColors[type] } })),
          label: { show: true, position: 'top' },
        },
      ],
    };
  }, [overview, rtl, t]);
  return <EChart option={option} height={260} ariaLabel={t('overview.byTypeLabel')} />;
}
