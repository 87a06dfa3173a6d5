import { describe, expect, it } from 'vitest';
import { interpolatePercentile, percentileRank } from './delay-percentile';

/** percentile_cont over the whole sorted list, written out the textbook way, to compare with. */
function reference(p: number, sorted: number[]): number {
  const position = p * (sorted.length - 1);
  const below = sorted[Math.floor(position)] ?? Number.NaN;
  const above = sorted[Math.ceil(position)] ?? Number.NaN;
  return below + (position - Math.floor(position)) * (above - below);
}

describe('interpolatePercentile', () => {
  it.each([
    // [p, values, expected]: accepted after 1, 2, 3, 4, 5, 6 and 8 days gives a median of 4 and a p90 of 6.8.
    [0.5, [1, 2, 3, 4, 5, 6, 8], 4],
    [0.9, [1, 2, 3, 4, 5, 6, 8], 6.8],
    [0.5, [10, 20], 15],
    [0.9, [10, 20], 19],
    [0.5, [7], 7],
    [0.9, [7], 7],
    [0.9, [1, 1, 1, 100], 70.3],
  ])('gives percentile %s of %j as %s', (p, values, expected) => {
    const rank = percentileRank(p, values.length);
    const result = interpolatePercentile(p, values.length, values[rank] ?? 0, values[rank + 1] ?? null);
    expect(result).toBeCloseTo(expected, 10);
  });

  it('matches the textbook percentile on random lists of every length up to 60', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10_000;
    for (let length = 1; length <= 60; length += 1) {
      const sorted = Array.from({ length }, () => Math.round(random())).sort((a, b) => a - b);
      for (const p of [0.1, 0.5, 0.9, 0.99]) {
        const rank = percentileRank(p, length);
        const low = sorted[rank] ?? 0;
        expect(interpolatePercentile(p, length, low, sorted[rank + 1] ?? null)).toBeCloseTo(reference(p, sorted), 9);
      }
    }
  });
});
