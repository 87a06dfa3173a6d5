import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import { assertRosterEditAllowed } from './assert-roster-edit-allowed';
import { buildTestProblem, testCandidate, testGardeLine, testShift } from './roster-fixtures';

const problem = buildTestProblem({
  lines: [testGardeLine('G')],
  shifts: [
    testShift('g1', 'G', '2026-11-02T17:00:00Z', 14),
    testShift('g2', 'G', '2026-11-03T17:00:00Z', 14),
    testShift('g3', 'G', '2026-11-05T17:00:00Z', 14),
  ],
  candidates: [
    testCandidate('gp1', ['G']),
    testCandidate('gp2', ['G'], {
      // Leave recorded after the roster was published: gp2's g3 now breaks a rule.
      unavailability: [{ startsAt: '2026-11-05T00:00:00Z', endsAt: '2026-11-07T00:00:00Z', reason: 'leave' }],
    }),
    testCandidate('gp3', ['G']),
  ],
});
const published = [
  { shiftId: 'g1', staffId: 'gp1' },
  { shiftId: 'g2', staffId: 'gp2' },
  { shiftId: 'g3', staffId: 'gp2' },
];

function thrown(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) {
      return error;
    }
  }
  throw new Error('Expected an AppError');
}

describe('assertRosterEditAllowed', () => {
  it('refuses an edit that breaks a hard rule with 422 and the rule per assignment', () => {
    const after = [
      { shiftId: 'g1', staffId: 'gp1' },
      { shiftId: 'g2', staffId: 'gp1' },
      { shiftId: 'g3', staffId: 'gp3' },
    ];
    const error = thrown(() => assertRosterEditAllowed(problem, published, after));
    expect(error.code).toBe('unprocessable');
    expect(error.issues).toEqual([
      { path: ['assignments', 1], code: 'rest', message: expect.stringContaining('Dr gp1') as string },
    ]);
  });

  it('accepts an edit that leaves an older violation in place and returns the check of the edited roster', () => {
    const after = [{ shiftId: 'g1', staffId: 'gp3' }, ...published.slice(1)];
    const check = assertRosterEditAllowed(problem, published, after);
    expect(check.violations.map((violation) => [violation.rule, violation.shiftId])).toEqual([['unavailable', 'g3']]);
  });

  it('accepts an edit that fixes a violation by leaving a gap, and lists the gap', () => {
    const check = assertRosterEditAllowed(problem, published, published.slice(0, 2));
    expect(check.violations).toEqual([]);
    expect(check.gaps).toMatchObject([{ shiftId: 'g3', reason: 'fillable', fillableBy: ['gp1', 'gp3'] }]);
  });

  it('refuses a second holder of a shift, pointing at the added assignment', () => {
    const error = thrown(() =>
      assertRosterEditAllowed(problem, published, [...published, { shiftId: 'g1', staffId: 'gp2' }]),
    );
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([[['assignments', 3], 'already_filled']]);
  });
});
