import { describe, expect, it } from 'vitest';
import { seededRandom } from '../lib/seeded-random';
import { checkRosterModel } from './check-roster';
import { generateRoster } from './generate-roster';
import { buildTestProblem, testAnaesthetist, testAstreinteLine, testGardeLine, testShift } from './roster-fixtures';
import { compileRosterModel } from './roster-model';
import type { RosterAssignment, RosterDayType, RosterProblem } from './roster-problem';

const dayTypes: RosterDayType[] = ['weekday', 'weekday', 'weekend', 'holiday'];

/** A tiny random instance: 3 anaesthetists, 6 shifts over 5 days on a garde and a pooled astreinte line. */
function tinyInstance(seed: number): RosterProblem {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const shifts = Array.from({ length: 6 }, (_, index) => {
    const day = 2 + Math.floor(random() * 5);
    const hour = pick(['07', '17']);
    return testShift(
      `s${index}`,
      pick(['G', 'A']),
      `2026-11-0${day}T${hour}:00:00Z`,
      pick([12, 14, 24]),
      pick(dayTypes),
    );
  });
  const candidates = ['p', 'q', 'r'].map((staffId) => ({
    ...testAnaesthetist(staffId, random() < 0.8 ? ['G', 'A'] : [pick(['G', 'A'])]),
    targetShare: pick([1, 1, 0.5]),
    unavailability:
      random() < 0.3
        ? [
            {
              startsAt: `2026-11-0${2 + Math.floor(random() * 5)}T12:00:00Z`,
              endsAt: '2026-11-08T00:00:00Z',
              reason: 'leave' as const,
            },
          ]
        : [],
  }));
  return buildTestProblem({
    lines: [testGardeLine('G'), testAstreinteLine('A')],
    shifts,
    candidates,
    rules: { maxGardesPerMonth: pick([1, 2, 3]), maxAstreintesPerMonth: pick([1, 2, 3]) },
    goals: { countWeight: pick([0, 1]) },
  });
}

/** The objective, written out again here: weighted load from the default weights, then Σ (load² + λ·count²)/share. */
const weights = { weekday: 1, weekend: 1.5, holiday: 2 };

function objective(problem: RosterProblem, assignments: readonly RosterAssignment[]): number {
  const kindOf = new Map(problem.lines.map((line) => [line.id, line.kind]));
  return problem.candidates.reduce((total, candidate) => {
    const mine = assignments.filter((assignment) => assignment.staffId === candidate.staffId);
    const load = mine.reduce((sum, { shiftId }) => {
      const shift = problem.shifts.find((entry) => entry.id === shiftId);
      const kindWeight = shift && kindOf.get(shift.lineId) === 'astreinte' ? 0.5 : 1;
      return sum + (shift ? weights[shift.dayType] * kindWeight : 0);
    }, 0);
    return total + (load ** 2 + problem.goals.countWeight * mine.length ** 2) / candidate.targetShare;
  }, 0);
}

/** Weight of the shifts left empty. */
function gapWeight(problem: RosterProblem, assignments: readonly RosterAssignment[]): number {
  const kindOf = new Map(problem.lines.map((line) => [line.id, line.kind]));
  const filled = new Set(assignments.map((assignment) => assignment.shiftId));
  return problem.shifts
    .filter((shift) => !filled.has(shift.id))
    .reduce((sum, shift) => sum + weights[shift.dayType] * (kindOf.get(shift.lineId) === 'astreinte' ? 0.5 : 1), 0);
}

interface Score {
  gaps: number;
  gapWeight: number;
  cost: number;
}

const isBetter = (score: Score, than: Score): boolean =>
  score.gaps !== than.gaps
    ? score.gaps < than.gaps
    : Math.abs(score.gapWeight - than.gapWeight) > 1e-9
      ? score.gapWeight < than.gapWeight
      : score.cost < than.cost - 1e-9;

/**
 * Every roster of the instance (each shift to one of the 3 people or left empty) that the checker accepts, ranked by
 * fewest gaps, then least weight left empty, then fairness cost.
 */
function bruteForceOptimum(problem: RosterProblem): Score {
  const model = compileRosterModel(problem);
  const people = problem.candidates.map((candidate) => candidate.staffId);
  let best: Score = { gaps: Infinity, gapWeight: Infinity, cost: Infinity };
  for (let code = 0; code < (people.length + 1) ** problem.shifts.length; code += 1) {
    let rest = code;
    const assignments = problem.shifts.flatMap((shift) => {
      const choice = rest % (people.length + 1);
      rest = Math.floor(rest / (people.length + 1));
      const staffId = people[choice];
      return staffId ? [{ shiftId: shift.id, staffId }] : [];
    });
    const gaps = problem.shifts.length - assignments.length;
    if (gaps > best.gaps || checkRosterModel(model, assignments).violations.length > 0) {
      continue;
    }
    const score = { gaps, gapWeight: gapWeight(problem, assignments), cost: objective(problem, assignments) };
    if (isBetter(score, best)) {
      best = score;
    }
  }
  return best;
}

describe('generateRoster on tiny instances with a known optimum', () => {
  it.each(Array.from({ length: 30 }, (_, index) => index + 1))(
    'reaches the brute-force optimum (instance %i)',
    (seed) => {
      const problem = tinyInstance(seed);
      const optimum = bruteForceOptimum(problem);
      const { assignments, report } = generateRoster(problem, { seed, maxRounds: 200 });
      expect(checkRosterModel(compileRosterModel(problem), assignments).violations).toEqual([]);
      expect(report.gapCount).toBe(optimum.gaps);
      expect(gapWeight(problem, assignments)).toBeCloseTo(optimum.gapWeight, 9);
      expect(objective(problem, assignments)).toBeCloseTo(optimum.cost, 9);
      expect(report.fairness.cost).toBeCloseTo(optimum.cost, 9);
    },
  );
});
