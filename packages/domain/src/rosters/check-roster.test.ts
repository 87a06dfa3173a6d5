import { describe, expect, it } from 'vitest';
import { checkRoster } from './check-roster';
import {
  buildTestProblem,
  testAnaesthetist,
  testAstreinteLine,
  testCandidate,
  testGardeLine,
  testShift,
} from './roster-fixtures';
import type { RosterAssignment, RosterRulesInput } from './roster-problem';

// g1 and g2 are 10 h apart (too close after a garde with 24 h of rest), g3 is 58 h after g1; a1 overlaps g1; a2 and
// a3 are back to back astreintes.
const shifts = [
  testShift('g1', 'G', '2026-11-02T17:00:00Z', 14),
  testShift('g2', 'G', '2026-11-03T17:00:00Z', 14),
  testShift('g3', 'G', '2026-11-05T17:00:00Z', 14),
  testShift('a1', 'A', '2026-11-02T19:00:00Z', 12),
  testShift('a2', 'A', '2026-11-04T17:00:00Z', 14),
  testShift('a3', 'A', '2026-11-05T07:00:00Z', 24, 'holiday'),
];
const candidates = [
  testCandidate('gp1', ['G']),
  testCandidate('gp2', ['G'], {
    unavailability: [{ startsAt: '2026-11-05T00:00:00Z', endsAt: '2026-11-07T00:00:00Z', reason: 'leave' }],
  }),
  testCandidate('gp3', ['G'], { maxGardesPerMonth: 0 }),
  testCandidate('gpA', ['A']),
  testAnaesthetist('an1', ['A']),
  testAnaesthetist('both', ['G', 'A']),
];
const problemWith = (rules: RosterRulesInput = {}) =>
  buildTestProblem({ lines: [testGardeLine('G'), testAstreinteLine('A')], shifts, candidates, rules });

const on = (shiftId: string, staffId: string): RosterAssignment => ({ shiftId, staffId });

describe('checkRoster hard rules', () => {
  it.each<[string, RosterAssignment[], RosterRulesInput, [string, string, string][]]>([
    ['accepts a roster that keeps every rule', [on('g1', 'gp1'), on('g3', 'gp1'), on('a1', 'an1')], {}, []],
    ['reports a shift that is not in the roster', [on('zz', 'gp1')], {}, [['unknown_shift', 'zz', 'gp1']]],
    ['reports a staff member who is not a candidate', [on('g1', 'nobody')], {}, [['unknown_staff', 'g1', 'nobody']]],
    ['reports a second holder of a shift', [on('g1', 'gp1'), on('g1', 'both')], {}, [['already_filled', 'g1', 'both']]],
    [
      'reports a qualified doctor on a line they may not serve',
      [on('g1', 'an1')],
      {},
      [['line_not_allowed', 'g1', 'an1']],
    ],
    [
      'reports a staff member without the required qualification',
      [on('a1', 'gpA')],
      {},
      [['qualification', 'a1', 'gpA']],
    ],
    ['reports a shift during leave', [on('g3', 'gp2')], {}, [['unavailable', 'g3', 'gp2']]],
    [
      'reports two overlapping shifts of one person',
      [on('g1', 'both'), on('a1', 'both')],
      {},
      [['overlap', 'a1', 'both']],
    ],
    [
      'reports a shift within the rest owed after a garde',
      [on('g1', 'gp1'), on('g2', 'gp1')],
      {},
      [['rest', 'g2', 'gp1']],
    ],
    [
      'allows a shift that starts exactly when the rest ends',
      [on('g1', 'gp1'), on('g2', 'gp1')],
      { minRestAfterGardeHours: 10 },
      [],
    ],
    ['owes no rest after an astreinte by default', [on('a2', 'an1'), on('a3', 'an1')], {}, []],
    [
      'owes rest after an astreinte when the GST sets it',
      [on('a2', 'an1'), on('a3', 'an1')],
      { minRestAfterAstreinteHours: 12 },
      [['rest', 'a3', 'an1']],
    ],
    [
      'reports the gardes beyond the monthly maximum, the later ones',
      [on('g1', 'gp1'), on('g3', 'gp1')],
      { maxGardesPerMonth: 1 },
      [['max_per_month', 'g3', 'gp1']],
    ],
    ['applies a personal maximum over the rules', [on('g1', 'gp3')], {}, [['max_per_month', 'g1', 'gp3']]],
    [
      'counts astreintes against their own maximum',
      [on('a1', 'an1'), on('a2', 'an1'), on('a3', 'an1'), on('g3', 'both')],
      { maxAstreintesPerMonth: 2, maxGardesPerMonth: 1 },
      [['max_per_month', 'a3', 'an1']],
    ],
  ])('%s', (_name, assignments, rules, expected) => {
    const { violations } = checkRoster(problemWith(rules), assignments);
    expect(violations.map((violation) => [violation.rule, violation.shiftId, violation.staffId])).toEqual(expected);
  });

  it('names the people and shifts in its messages, on Morocco wall-clock time', () => {
    const { violations } = checkRoster(problemWith(), [on('g1', 'gp1'), on('g2', 'gp1')]);
    expect(violations[0]).toMatchObject({
      relatedShiftId: 'g1',
      message:
        'Dr gp1: Garde G, 2026-11-03 18:00–08:00 starts too soon after Garde G, 2026-11-02 18:00–08:00 (24 h of rest are owed)',
    });
  });

  it('reports every rule a single assignment breaks together with the others, in time order', () => {
    const { violations } = checkRoster(problemWith({ maxGardesPerMonth: 1 }), [
      on('g3', 'gp2'),
      on('g1', 'gp2'),
      on('g2', 'gp2'),
    ]);
    expect(violations.map((violation) => [violation.rule, violation.shiftId])).toEqual([
      ['rest', 'g2'],
      ['max_per_month', 'g2'],
      ['unavailable', 'g3'],
      ['max_per_month', 'g3'],
    ]);
  });
});

describe('checkRoster gaps', () => {
  it('lists unfilled shifts with who could take them now', () => {
    const { gaps, violations } = checkRoster(problemWith(), [on('g1', 'gp1'), on('a1', 'an1')]);
    expect(violations).toEqual([]);
    expect(gaps.map((gap) => [gap.shiftId, gap.reason, gap.fillableBy])).toEqual([
      ['g2', 'fillable', ['gp2', 'both']],
      ['a2', 'fillable', ['an1', 'both']],
      ['a3', 'fillable', ['an1', 'both']],
      ['g3', 'fillable', ['gp1', 'both']],
    ]);
  });

  it.each([
    [
      'no_candidate',
      buildTestProblem({
        lines: [testGardeLine('G')],
        shifts: [testShift('g', 'G', '2026-11-02T17:00:00Z', 14)],
        candidates: [],
      }),
      [],
    ],
    [
      'unavailable',
      buildTestProblem({
        lines: [testGardeLine('G')],
        shifts: [testShift('g', 'G', '2026-11-05T17:00:00Z', 14)],
        candidates: [candidates[1] ?? testCandidate('x', [])],
      }),
      [],
    ],
    [
      'rule_conflict',
      buildTestProblem({
        lines: [testGardeLine('G')],
        shifts: shifts.slice(0, 2),
        candidates: [testCandidate('gp1', ['G'])],
      }),
      [on('g1', 'gp1')],
    ],
  ])('explains a gap nobody can fill: %s', (reason, problem, assignments) => {
    const { gaps } = checkRoster(problem, assignments);
    expect(gaps.at(-1)).toMatchObject({ reason, fillableBy: [] });
  });
});
