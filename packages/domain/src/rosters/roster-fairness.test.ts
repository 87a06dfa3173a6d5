import { describe, expect, it } from 'vitest';
import { buildTestProblem, testCandidate, testGardeLine, testShift } from './roster-fixtures';
import { rosterFairness, rosterSpread } from './roster-fairness';

describe('rosterSpread', () => {
  it.each([
    [[], { min: 0, max: 0, mean: 0, stddev: 0 }],
    [[3], { min: 3, max: 3, mean: 3, stddev: 0 }],
    [[2, 4, 4, 4, 5, 5, 7, 9], { min: 2, max: 9, mean: 5, stddev: 2 }],
  ])('summarises %j', (values, spread) => {
    expect(rosterSpread(values)).toEqual(spread);
  });
});

describe('rosterFairness', () => {
  const problem = buildTestProblem({
    lines: [testGardeLine('G'), testGardeLine('X', { kind: 'astreinte' })],
    shifts: [
      testShift('weekday', 'G', '2026-11-02T17:00:00Z', 14),
      testShift('saturday', 'G', '2026-11-07T07:00:00Z', 24, 'weekend'),
      testShift('holiday', 'G', '2026-11-18T07:00:00Z', 24, 'holiday'),
      testShift('astreinte', 'X', '2026-11-20T17:00:00Z', 14),
    ],
    candidates: [
      testCandidate('full', ['G', 'X']),
      testCandidate('half', ['G'], { targetShare: 0.5 }),
      testCandidate('idle', ['G']),
      testCandidate('office', [], { cadre: 'administrative' }),
    ],
  });

  it('weighs weekend, holiday and astreinte shifts and divides load by the target share', () => {
    const fairness = rosterFairness(problem, [
      { shiftId: 'weekday', staffId: 'full' },
      { shiftId: 'astreinte', staffId: 'full' },
      { shiftId: 'saturday', staffId: 'half' },
      { shiftId: 'holiday', staffId: 'half' },
    ]);
    // Default weights: weekday 1, weekend 1.5, holiday 2; astreinte 0.5 of a garde.
    expect(fairness.staff).toEqual([
      { staffId: 'full', count: 2, load: 1.5, normalizedLoad: 1.5 },
      { staffId: 'half', count: 2, load: 3.5, normalizedLoad: 7 },
      { staffId: 'idle', count: 0, load: 0, normalizedLoad: 0 },
    ]);
    expect(fairness.loadSpread).toMatchObject({ min: 0, max: 3.5 });
    // (1.5² + 2²) / 1 + (3.5² + 2²) / 0.5
    expect(fairness.cost).toBeCloseTo(6.25 + 32.5, 9);
  });

  it('leaves out staff who could take no shift, and ignores unknown or second holders', () => {
    const fairness = rosterFairness(problem, [
      { shiftId: 'weekday', staffId: 'full' },
      { shiftId: 'weekday', staffId: 'idle' },
      { shiftId: 'nowhere', staffId: 'idle' },
    ]);
    expect(fairness.staff.map((entry) => [entry.staffId, entry.count])).toEqual([
      ['full', 1],
      ['half', 0],
      ['idle', 0],
    ]);
  });
});
