import { compileRosterModel } from './roster-model';
import type { RosterAssignment, RosterProblem } from './roster-problem';
import { RosterState } from './roster-state';

/** One eligible staff member's share of the roster: shifts, weighted load, and load divided by target share. */
export interface RosterStaffLoad {
  staffId: string;
  count: number;
  load: number;
  normalizedLoad: number;
}

/** Minimum, maximum, mean and (population) standard deviation of a quantity across eligible staff. */
export interface RosterSpread {
  min: number;
  max: number;
  mean: number;
  stddev: number;
}

/** How evenly a roster spreads the work among the staff who could take at least one of its shifts. */
export interface RosterFairness {
  staff: RosterStaffLoad[];
  countSpread: RosterSpread;
  loadSpread: RosterSpread;
  normalizedLoadSpread: RosterSpread;
  /** The optimiser's objective: Σ (load² + countWeight·count²) / target share, lower is fairer. */
  cost: number;
}

/** RosterSpread of a list of numbers; all zeros for an empty list. */
export function rosterSpread(values: readonly number[]): RosterSpread {
  if (values.length === 0) {
    return { min: 0, max: 0, mean: 0, stddev: 0 };
  }
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
  return { min: Math.min(...values), max: Math.max(...values), mean, stddev: Math.sqrt(variance) };
}

/** Fairness of a roster being built; only persons eligible for at least one shift are counted in the spreads. */
export function fairnessOfState(state: RosterState): RosterFairness {
  const { model } = state;
  const eligible = new Set(model.eligible.flat());
  const staff = model.persons.flatMap((person, index) => {
    if (!eligible.has(index)) {
      return [];
    }
    const load = state.load[index] ?? 0;
    return [
      { staffId: person.staffId, count: state.count[index] ?? 0, load, normalizedLoad: load / person.targetShare },
    ];
  });
  return {
    staff,
    countSpread: rosterSpread(staff.map((entry) => entry.count)),
    loadSpread: rosterSpread(staff.map((entry) => entry.load)),
    normalizedLoadSpread: rosterSpread(staff.map((entry) => entry.normalizedLoad)),
    cost: state.totalCost(),
  };
}

/**
 * Fairness of a roster: counts, weighted loads (weekend and holiday shifts weigh more) and the optimiser's cost.
 * Assignments to unknown shifts or staff, and second holders of a shift, are ignored (`checkRoster` reports them).
 */
export function rosterFairness(problem: RosterProblem, assignments: readonly RosterAssignment[]): RosterFairness {
  const model = compileRosterModel(problem);
  const state = new RosterState(model);
  for (const { shiftId, staffId } of assignments) {
    const shift = model.shiftIndex.get(shiftId);
    const person = model.personIndex.get(staffId);
    if (shift !== undefined && person !== undefined && (state.holder[shift] ?? -1) < 0) {
      state.assign(shift, person);
    }
  }
  return fairnessOfState(state);
}
