import { describe, expect, it } from 'vitest';
import { isAppError } from '../lib/app-error';
import { checkRoster } from './check-roster';
import { generateRoster } from './generate-roster';
import { generateRosterShifts } from './generate-roster-shifts';
import {
  buildTestProblem,
  testAnaesthetist,
  testAstreinteLine,
  testCandidate,
  testGardeLine,
  testShift,
} from './roster-fixtures';
import { isPooledLine, rosterLineSchema } from './roster-problem';

/** Nights of November 2026 on line G, one a day from the 2nd. */
const nights = (count: number, lineId = 'G') =>
  Array.from({ length: count }, (_, index) =>
    testShift(`n${index + 1}`, lineId, `2026-11-${String(index + 2).padStart(2, '0')}T17:00:00Z`, 14),
  );

describe('generateRoster', () => {
  it('leaves as gaps, with their reasons, the shifts it cannot fill, and breaks no rule', () => {
    const problem = buildTestProblem({
      lines: [testGardeLine('G'), testAstreinteLine('A')],
      shifts: [
        ...nights(3),
        testShift('nobody', 'A', '2026-11-10T17:00:00Z', 14),
        testShift('on-leave', 'G', '2026-11-20T17:00:00Z', 14),
      ],
      candidates: [
        testCandidate('solo', ['G'], {
          unavailability: [{ startsAt: '2026-11-20T00:00:00Z', endsAt: '2026-11-22T00:00:00Z', reason: 'leave' }],
        }),
      ],
    });
    const { assignments, gaps, report } = generateRoster(problem, { seed: 1 });
    expect(checkRoster(problem, assignments).violations).toEqual([]);
    // Nights 1 and 3 are 34 h apart; night 2 falls in the rest after night 1.
    expect(assignments.map((assignment) => assignment.shiftId)).toEqual(['n1', 'n3']);
    expect(gaps.map((gap) => [gap.shiftId, gap.reason])).toEqual([
      ['n2', 'rule_conflict'],
      ['nobody', 'no_candidate'],
      ['on-leave', 'unavailable'],
    ]);
    expect(report).toMatchObject({ shiftCount: 5, filledCount: 2, gapCount: 3 });
  });

  it('keeps the monthly maximum even when that leaves gaps', () => {
    const problem = buildTestProblem({
      lines: [testGardeLine('G')],
      shifts: nights(12).filter((_, index) => index % 2 === 0),
      candidates: [testCandidate('a', ['G']), testCandidate('b', ['G'])],
      rules: { maxGardesPerMonth: 2 },
    });
    const { assignments, report } = generateRoster(problem, { seed: 5 });
    expect(checkRoster(problem, assignments).violations).toEqual([]);
    expect(report.gapCount).toBe(2);
  });

  it('gives the same roster for the same seed', () => {
    const problem = buildTestProblem({
      lines: [testGardeLine('G')],
      shifts: nights(20),
      candidates: ['a', 'b', 'c', 'd', 'e'].map((staffId) => testCandidate(staffId, ['G'])),
    });
    const first = generateRoster(problem, { seed: 42, maxRounds: 50 });
    const second = generateRoster(problem, { seed: 42, maxRounds: 50 });
    expect(second.assignments).toEqual(first.assignments);
    expect(second.report.fairness).toEqual(first.report.fairness);
  });

  it('balances load in proportion to target shares and reports a zero gap when the bound is reached', () => {
    const problem = buildTestProblem({
      lines: [testGardeLine('G')],
      shifts: nights(20).filter((_, index) => index % 2 === 0),
      candidates: [
        testCandidate('full-1', ['G']),
        testCandidate('full-2', ['G']),
        testCandidate('half', ['G'], { targetShare: 0.5 }),
      ],
    });
    const { report } = generateRoster(problem, { seed: 3 });
    expect(report.fairness.staff.map((entry) => [entry.staffId, entry.count])).toEqual([
      ['full-1', 4],
      ['full-2', 4],
      ['half', 2],
    ]);
    expect(report.bound).toEqual({ maxNormalizedLoad: 4, lowerBound: 4, gap: 0, relativeGap: 0 });
  });

  it('shares a pooled line between the staff of two establishments', () => {
    const pooled = rosterLineSchema.parse(testAstreinteLine('A'));
    const problem = buildTestProblem({
      lines: [pooled],
      shifts: generateRosterShifts([pooled], { month: '2026-11', holidays: ['2026-11-06', '2026-11-18'] }),
      candidates: [testAnaesthetist('chp-1', ['A']), testAnaesthetist('chp-2', ['A']), testAnaesthetist('hp-1', ['A'])],
    });
    const { assignments, report } = generateRoster(problem, { seed: 7 });
    expect(isPooledLine(pooled)).toBe(true);
    expect(checkRoster(problem, assignments).violations).toEqual([]);
    expect(report.gapCount).toBe(0);
    const counts = report.fairness.staff.map((entry) => entry.count);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(report.fairness.loadSpread.max - report.fairness.loadSpread.min).toBeLessThanOrEqual(0.75);
  });

  it('refuses invalid options', () => {
    const problem = buildTestProblem({ lines: [], shifts: [], candidates: [] });
    expect.assertions(1);
    try {
      generateRoster(problem, { timeLimitMs: -1 });
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('validation_failed');
    }
  });

  it('returns an empty roster for an empty problem', () => {
    const { assignments, report } = generateRoster(buildTestProblem({ lines: [], shifts: [], candidates: [] }));
    expect(assignments).toEqual([]);
    expect(report.bound).toEqual({ maxNormalizedLoad: 0, lowerBound: 0, gap: 0, relativeGap: 0 });
  });
});
