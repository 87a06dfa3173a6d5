import { describe, expect, it } from 'vitest';
import { buildTestProblem, testCandidate, testGardeLine, testShift } from './roster-fixtures';
import { maxNormalizedLoadLowerBound } from './roster-load-bound';
import { compileRosterModel } from './roster-model';
import type { RosterCandidateInput } from './roster-problem';

/** Four weekday shifts, three days apart, on line A except the last, on line B. */
function modelWith(candidates: RosterCandidateInput[]) {
  const shifts = [0, 3, 6, 9].map((day, index) =>
    testShift(`s${index}`, index < 3 ? 'A' : 'B', `2026-11-${String(2 + day).padStart(2, '0')}T17:00:00Z`, 14),
  );
  return compileRosterModel(buildTestProblem({ lines: [testGardeLine('A'), testGardeLine('B')], shifts, candidates }));
}

describe('maxNormalizedLoadLowerBound', () => {
  it.each<[string, RosterCandidateInput[], number]>([
    [
      'is the average when everyone may take everything',
      [testCandidate('p', ['A', 'B']), testCandidate('q', ['A', 'B'])],
      2,
    ],
    [
      'sees a bottleneck the average misses: only p serves line A',
      [testCandidate('p', ['A', 'B']), testCandidate('q', ['B'])],
      3,
    ],
    [
      'divides by target shares',
      [testCandidate('p', ['A', 'B']), testCandidate('q', ['A', 'B'], { targetShare: 0.5 })],
      4 / 1.5,
    ],
    ['is zero when nobody may take a shift', [testCandidate('p', [])], 0],
  ])('%s', (_name, candidates, bound) => {
    const model = modelWith(candidates);
    const filled = model.shifts.map((_, index) => index).filter((shift) => (model.eligible[shift] ?? []).length > 0);
    expect(maxNormalizedLoadLowerBound(model, filled)).toBeCloseTo(bound, 5);
  });

  it('is never below the heaviest single shift over the largest share that may take it', () => {
    const model = modelWith([testCandidate('p', ['A'], { targetShare: 0.5 }), testCandidate('q', ['A', 'B'])]);
    expect(maxNormalizedLoadLowerBound(model, [3])).toBeCloseTo(1, 9);
  });
});
