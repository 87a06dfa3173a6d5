import type { ProvinceOverview } from '@tansiq/domain';

/** The province figures the map and chart can show. */
export const indicators = [
  'establishmentsPer10k',
  'primaryCarePer10k',
  'bedsPer10k',
  'population2024',
  'establishments',
  'beds',
] as const;
export type Indicator = (typeof indicators)[number];

export const isRateIndicator = (indicator: Indicator): boolean => indicator.endsWith('Per10k');

export const indicatorValue = (row: ProvinceOverview, indicator: Indicator): number => row[indicator];

/** Sequential blues, light = low. */
export const choroplethColors = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

/** Quantile class limits (ascending, without duplicates) splitting the values into at most `classes` classes. */
export function classBreaks(values: readonly number[], classes: number = choroplethColors.length): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < 2) {
    return [];
  }
  const breaks: number[] = [];
  for (let index = 1; index < classes; index += 1) {
    const value = sorted[Math.min(sorted.length - 1, Math.floor((index * sorted.length) / classes))];
    const previous = breaks.at(-1) ?? sorted[0];
    if (value !== undefined && previous !== undefined && value > previous) {
      breaks.push(value);
    }
  }
  return breaks;
}
