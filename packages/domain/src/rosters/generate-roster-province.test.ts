import { describe, expect, it } from 'vitest';
import { checkRoster } from './check-roster';
import { generateRoster } from './generate-roster';
import { isPooledLine } from './roster-problem';
import { buildSyntheticProvinceRoster } from './synthetic-province-roster';

describe('generateRoster on a province', () => {
  it('rosters 200 staff on 12 lines for a month without breaking a hard rule', () => {
    const problem = buildSyntheticProvinceRoster({ seed: 11 });
    expect([problem.candidates.length, problem.lines.length]).toEqual([200, 12]);
    expect(problem.lines.filter(isPooledLine)).toHaveLength(2);

    const { assignments, report } = generateRoster(problem, { seed: 1, timeLimitMs: 60_000 });

    expect(checkRoster(problem, assignments).violations).toEqual([]);
    expect(report.shiftCount).toBeGreaterThan(30 * 12);
    expect(report.gapCount).toBe(0);
    expect(report.bound.lowerBound).toBeGreaterThan(0);
    expect(report.bound.lowerBound).toBeLessThanOrEqual(report.bound.maxNormalizedLoad);
    expect(report.fairness.loadSpread.stddev).toBeGreaterThan(0);
  }, 120_000);
});
