import { describe, expect, it } from 'vitest';
import { periodSegments, timeSharePeak, type TimeSharePeriod } from './time-share-peak';

type Named = TimeSharePeriod & { name: string };
const period = (name: string, timeShare: number, validFrom: string, validTo: string | null = null): Named => ({
  name,
  timeShare,
  validFrom,
  validTo,
});

describe('timeSharePeak', () => {
  it.each<{ name: string; periods: Named[]; peak: number; from: string | null; to: string | null; names: string[] }>([
    { name: 'is 0 without periods', periods: [], peak: 0, from: null, to: null, names: [] },
    {
      name: 'is the share of a single open-ended period',
      periods: [period('a', 80, '2025-01-01')],
      peak: 80,
      from: '2025-01-01',
      to: null,
      names: ['a'],
    },
    {
      name: 'adds the shares only on the days two periods overlap',
      periods: [period('a', 60, '2025-01-01', '2025-03-31'), period('b', 60, '2025-03-15', '2025-06-30')],
      peak: 120,
      from: '2025-03-15',
      to: '2025-03-31',
      names: ['a', 'b'],
    },
    {
      name: 'does not add a period ending the day before another starts',
      periods: [period('a', 100, '2025-01-01', '2025-01-31'), period('b', 100, '2025-02-01')],
      peak: 100,
      from: '2025-01-01',
      to: '2025-01-31',
      names: ['a'],
    },
    {
      name: 'adds a period ending on the day another starts (ends are inclusive)',
      periods: [period('a', 70, '2025-01-01', '2025-02-01'), period('b', 70, '2025-02-01')],
      peak: 140,
      from: '2025-02-01',
      to: '2025-02-01',
      names: ['a', 'b'],
    },
    {
      name: 'finds the peak of three periods that never all overlap pairwise the same way',
      periods: [
        period('a', 50, '2025-01-01'),
        period('b', 30, '2025-02-01', '2025-02-28'),
        period('c', 30, '2025-02-20', '2025-04-30'),
      ],
      peak: 110,
      from: '2025-02-20',
      to: '2025-02-28',
      names: ['a', 'b', 'c'],
    },
    {
      name: 'reaches the peak on open-ended overlaps to the end of time',
      periods: [period('a', 60, '2025-01-01'), period('b', 50, '2026-01-01')],
      peak: 110,
      from: '2026-01-01',
      to: null,
      names: ['a', 'b'],
    },
  ])('$name', ({ periods, peak, from, to, names }) => {
    const result = timeSharePeak(periods);
    expect({ peak: result.peak, from: result.from, to: result.to }).toEqual({ peak, from, to });
    expect(result.periods.map((item) => item.name)).toEqual(names);
  });
});

describe('periodSegments', () => {
  it('skips gaps and periods that end before they start', () => {
    const segments = periodSegments([
      period('a', 10, '2025-01-01', '2025-01-10'),
      period('b', 10, '2025-02-01', '2025-02-05'),
      period('bad', 10, '2025-03-10', '2025-03-01'),
    ]);
    expect(segments.map(({ from, to, active }) => [from, to, active.map((item) => item.name).join()])).toEqual([
      ['2025-01-01', '2025-01-10', 'a'],
      ['2025-02-01', '2025-02-05', 'b'],
    ]);
  });
});
