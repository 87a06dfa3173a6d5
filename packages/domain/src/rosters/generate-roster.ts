import { z } from 'zod';
import { AppError } from '../lib/app-error';
import { parse } from '../lib/parse';
import { seededRandom } from '../lib/seeded-random';
import { buildInitialRoster, shuffledRanks } from './build-initial-roster';
import { checkRosterModel } from './check-roster';
import type { RosterGap } from './find-roster-gaps';
import { improveRoster, type SearchStop } from './improve-roster';
import { fairnessOfState, type RosterFairness } from './roster-fairness';
import { maxNormalizedLoadLowerBound } from './roster-load-bound';
import { compileRosterModel } from './roster-model';
import type { RosterAssignment, RosterProblem } from './roster-problem';
import { RosterState } from './roster-state';

/**
 * The optimiser's settings: the seed (same seed, same roster), a time limit that stops the search early (then the
 * result depends on the machine's speed) and the number of improvement rounds.
 */
export const rosterGenerationOptionsSchema = z.object({
  seed: z.number().int().default(1),
  timeLimitMs: z.number().int().positive().max(600_000).default(10_000),
  maxRounds: z.number().int().min(0).max(100_000).default(300),
});
export type RosterGenerationOptions = z.input<typeof rosterGenerationOptionsSchema>;

/**
 * How far the roster's largest normalized load (weighted load ÷ target share) may be from the best possible: the
 * bound holds for any roster that fills the same shifts, so `gap` is 0 when the roster is provably optimal on it.
 */
export interface RosterLoadBound {
  maxNormalizedLoad: number;
  lowerBound: number;
  gap: number;
  /** `gap / maxNormalizedLoad`, as MIP solvers report it (0 when the roster is empty). */
  relativeGap: number;
}

/** What the optimiser did and how good the roster is. */
export interface RosterGenerationReport {
  seed: number;
  rounds: number;
  stoppedBy: SearchStop;
  elapsedMs: number;
  shiftCount: number;
  filledCount: number;
  gapCount: number;
  fairness: RosterFairness;
  bound: RosterLoadBound;
}

/** A generated roster: assignments in shift order, the gaps left (with reasons) and the report. */
export interface RosterGenerationResult {
  assignments: RosterAssignment[];
  gaps: RosterGap[];
  report: RosterGenerationReport;
}

function loadBound(state: RosterState, fairness: RosterFairness): RosterLoadBound {
  const filled = [...state.holder.keys()].filter((shift) => (state.holder[shift] ?? -1) >= 0);
  const maxNormalizedLoad = fairness.normalizedLoadSpread.max;
  const lowerBound = Math.min(maxNormalizedLoadLowerBound(state.model, filled), maxNormalizedLoad);
  const gap = maxNormalizedLoad - lowerBound;
  return { maxNormalizedLoad, lowerBound, gap, relativeGap: maxNormalizedLoad > 0 ? gap / maxNormalizedLoad : 0 };
}

function assignmentsOf(state: RosterState): RosterAssignment[] {
  return state.model.shifts.flatMap((shift, index) => {
    const person = state.model.persons[state.holder[index] ?? -1];
    return person ? [{ shiftId: shift.id, staffId: person.staffId }] : [];
  });
}

/**
 * Generates a month's roster. It never breaks a hard rule: shifts nobody can take are left as gaps and reported. It
 * fills as many shifts as it can, then balances weighted load and counts in proportion to target shares by iterated
 * local search (moves and swaps), and reports the load spread and the gap to a lower bound on the largest load.
 * Deterministic for a seed unless the time limit stops it first (`report.stoppedBy`).
 * @throws AppError validation_failed when the options are not valid.
 * @throws AppError internal if the result broke a hard rule (a bug: the roster is checked before it is returned).
 */
export function generateRoster(problem: RosterProblem, options: RosterGenerationOptions = {}): RosterGenerationResult {
  const { seed, timeLimitMs, maxRounds } = parse(rosterGenerationOptionsSchema, options);
  const now = () => performance.now();
  const startedAt = now();
  const model = compileRosterModel(problem);
  const state = new RosterState(model);
  const random = seededRandom(seed);
  const ranks = shuffledRanks(model.persons.length, random);
  buildInitialRoster(state, ranks);
  const search = improveRoster(state, { random, ranks, maxRounds, deadline: startedAt + timeLimitMs, now });
  const assignments = assignmentsOf(state);
  const check = checkRosterModel(model, assignments);
  if (check.violations.length > 0) {
    throw new AppError('internal', 'The roster optimiser produced a roster that breaks a rule', {
      details: { violations: check.violations },
    });
  }
  const fairness = fairnessOfState(state);
  const report: RosterGenerationReport = {
    seed,
    ...search,
    elapsedMs: Math.round(now() - startedAt),
    shiftCount: model.shifts.length,
    filledCount: assignments.length,
    gapCount: check.gaps.length,
    fairness,
    bound: loadBound(state, fairness),
  };
  return { assignments, gaps: check.gaps, report };
}
