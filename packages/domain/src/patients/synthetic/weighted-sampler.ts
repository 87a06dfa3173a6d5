import type { Random } from './create-random';

/** Draws items with probability proportional to their weight, in O(log n) per draw. */
export interface WeightedSampler<T> {
  sample(random: Random): T;
}

/**
 * Builds a sampler over items with positive weights (cumulative table and binary search).
 * @throws Error when there is no item with a positive weight.
 */
export function createWeightedSampler<T>(items: readonly T[], weightOf: (item: T) => number): WeightedSampler<T> {
  const kept: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    const weight = weightOf(item);
    if (weight > 0) {
      total += weight;
      kept.push(item);
      cumulative.push(total);
    }
  }
  const last = kept[kept.length - 1];
  if (last === undefined) {
    throw new Error('A weighted sampler needs at least one item with a positive weight');
  }
  return {
    sample(random) {
      const target = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((cumulative[middle] ?? total) > target) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return kept[low] ?? last;
    },
  };
}
