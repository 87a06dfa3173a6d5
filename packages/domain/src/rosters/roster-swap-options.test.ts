import { describe, expect, it } from 'vitest';
import { buildTestProblem, testCandidate, testGardeLine, testShift } from './roster-fixtures';
import type { RosterAssignment, RosterCandidateInput } from './roster-problem';
import { listRosterSwapOptions } from './roster-swap-options';

// Four night gardes (14 h) of line G, with 24 h of rest owed after each: g1 on the 2nd, g2 on the 3rd (too close
// after g1), g3 on the 6th, g4 on the 9th. The holder `hold` has g1 and g3.
const shifts = [
  testShift('g1', 'G', '2026-11-02T17:00:00Z', 14),
  testShift('g2', 'G', '2026-11-03T17:00:00Z', 14),
  testShift('g3', 'G', '2026-11-06T17:00:00Z', 14),
  testShift('g4', 'G', '2026-11-09T17:00:00Z', 14),
];
const leaveOn2nd = [{ startsAt: '2026-11-02T00:00:00Z', endsAt: '2026-11-03T12:00:00Z', reason: 'leave' as const }];
const problemOf = (colleagues: RosterCandidateInput[], maxGardesPerMonth = 8) =>
  buildTestProblem({
    lines: [testGardeLine('G')],
    shifts,
    candidates: [testCandidate('hold', ['G']), ...colleagues],
    rules: { maxGardesPerMonth },
  });
const on = (shiftId: string, staffId: string): RosterAssignment => ({ shiftId, staffId });
const holderShifts = [on('g1', 'hold'), on('g3', 'hold')];
const options = (colleagues: RosterCandidateInput[], assignments: RosterAssignment[], max?: number, notBefore = 0) =>
  listRosterSwapOptions(problemOf(colleagues, max), assignments, { shiftId: 'g1', holderId: 'hold', notBefore }).map(
    (option) => [option.staffId, option.replacement, option.exchangeShiftIds],
  );

describe('listRosterSwapOptions', () => {
  it.each<[string, RosterCandidateInput[], RosterAssignment[], number | undefined, number, unknown[]]>([
    ['a free colleague may replace', [testCandidate('free', ['G'])], holderShifts, undefined, 0, [['free', true, []]]],
    [
      'a colleague on leave is not offered',
      [testCandidate('away', ['G'], { unavailability: leaveOn2nd })],
      holderShifts,
      undefined,
      0,
      [],
    ],
    [
      'a colleague without the line’s qualification is not offered',
      [testCandidate('rn', ['G'], { cadre: 'polyvalent_nurse' })],
      holderShifts,
      undefined,
      0,
      [],
    ],
    [
      'a colleague whose own garde follows too soon may only exchange it',
      [testCandidate('next', ['G'])],
      [...holderShifts, on('g2', 'next')],
      undefined,
      0,
      [['next', false, ['g2']]],
    ],
    [
      'a colleague at the monthly maximum may exchange, not replace',
      [testCandidate('full', ['G'])],
      [on('g1', 'hold'), on('g4', 'full')],
      1,
      0,
      [['full', false, ['g4']]],
    ],
    [
      'an exchange shift that has already started is not offered',
      [testCandidate('next', ['G'])],
      [...holderShifts, on('g2', 'next')],
      undefined,
      Date.parse('2026-11-04T00:00:00Z'),
      [],
    ],
  ])('%s', (_case, colleagues, assignments, max, notBefore, expected) => {
    expect(options(colleagues, assignments, max, notBefore)).toEqual(expected);
  });

  it('sorts colleagues by name and leaves out the holder', () => {
    const result = options(
      [testCandidate('b', ['G'], { name: 'Zineb' }), testCandidate('a', ['G'], { name: 'Amal' })],
      holderShifts,
    );
    expect(result.map(([staffId]) => staffId)).toEqual(['a', 'b']);
  });

  it('offers nothing for a shift that is not on the roster', () => {
    const problem = problemOf([testCandidate('free', ['G'])]);
    expect(listRosterSwapOptions(problem, holderShifts, { shiftId: 'zz', holderId: 'hold', notBefore: 0 })).toEqual([]);
  });
});
