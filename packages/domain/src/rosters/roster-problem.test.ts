import { describe, expect, it } from 'vitest';
import { testCandidate, testGardeLine, testShift } from './roster-fixtures';
import { isPooledLine, rosterProblemSchema, type RosterProblemInput } from './roster-problem';

const valid: RosterProblemInput = {
  month: '2026-11',
  lines: [testGardeLine('G')],
  shifts: [testShift('g1', 'G', '2026-11-02T17:00:00Z', 14)],
  candidates: [testCandidate('gp1', ['G'])],
};

describe('rosterProblemSchema', () => {
  it('fills in the default rules, goals, qualification and shift pattern', () => {
    const problem = rosterProblemSchema.parse(valid);
    expect(problem.rules).toEqual({
      minRestAfterGardeHours: 24,
      minRestAfterAstreinteHours: 0,
      maxGardesPerMonth: 8,
      maxAstreintesPerMonth: 10,
    });
    expect(problem.goals.dayTypeWeights).toEqual({ weekday: 1, weekend: 1.5, holiday: 2 });
    expect(problem.lines[0]?.shiftPattern.weekday).toEqual([{ start: '18:00', end: '08:00' }]);
    expect(problem.candidates[0]).toMatchObject({ targetShare: 1, unavailability: [], specialtyCodes: [] });
  });

  it.each<[string, Partial<RosterProblemInput>, (string | number)[]]>([
    ['a malformed month', { month: '2026-13' }, ['month']],
    ['two lines with one id', { lines: [testGardeLine('G'), testGardeLine('G')] }, ['lines', 1]],
    [
      'a shift of an unknown line',
      { shifts: [testShift('g1', 'X', '2026-11-02T17:00:00Z', 14)] },
      ['shifts', 0, 'lineId'],
    ],
    ['a shift outside the month', { shifts: [testShift('g1', 'G', '2026-12-02T17:00:00Z', 14)] }, ['shifts', 0, 'day']],
    [
      'a shift that ends before it starts',
      { shifts: [testShift('g1', 'G', '2026-11-02T17:00:00Z', -1)] },
      ['shifts', 0, 'endsAt'],
    ],
    ['a candidate on an unknown line', { candidates: [testCandidate('gp1', ['X'])] }, ['candidates', 0, 'lineIds', 0]],
    [
      'two candidates with one id',
      { candidates: [testCandidate('gp1', ['G']), testCandidate('gp1', ['G'])] },
      ['candidates', 1],
    ],
    [
      'a target share above full time',
      { candidates: [testCandidate('gp1', ['G'], { targetShare: 1.5 })] },
      ['candidates', 0, 'targetShare'],
    ],
  ])('refuses %s', (_name, change, path) => {
    const result = rosterProblemSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it.each([
    [['chp'], false],
    [['chp', 'chp'], false],
    [['chp', 'hp'], true],
  ])('tells whether a line on %j is pooled', (establishmentIds, pooled) => {
    expect(isPooledLine({ establishmentIds })).toBe(pooled);
  });
});
