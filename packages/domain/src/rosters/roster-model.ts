import { isQualifiedForLine } from './is-qualified-for-line';
import type { RosterCandidate, RosterLine, RosterLineKind, RosterProblem, RosterShift } from './roster-problem';

const HOUR_MS = 3_600_000;

/** A hard rule that depends on one staff member and one shift only. */
export type StaticRule = 'line_not_allowed' | 'qualification' | 'unavailable';

/**
 * A roster problem compiled into arrays indexed by shift and by person, for the checker and the optimiser: instants in
 * epoch milliseconds, the rest owed after each shift, each shift's weight and the people who may take it at all.
 */
export interface RosterModel {
  problem: RosterProblem;
  shifts: readonly RosterShift[];
  persons: readonly RosterCandidate[];
  lineOf: readonly RosterLine[];
  kind: readonly RosterLineKind[];
  start: Float64Array;
  end: Float64Array;
  /** Milliseconds of rest owed after the shift before the same person starts another one. */
  restAfter: Float64Array;
  weight: Float64Array;
  share: Float64Array;
  maxGardes: Int32Array;
  maxAstreintes: Int32Array;
  /** Per shift, the persons allowed on its line, qualified and available: the only ones the optimiser considers. */
  eligible: readonly (readonly number[])[];
  /** `eligibleMask[shift × persons.length + person]` is 1 when the person is in `eligible[shift]`. */
  eligibleMask: Uint8Array;
  shiftIndex: ReadonlyMap<string, number>;
  personIndex: ReadonlyMap<string, number>;
  countWeight: number;
}

function lineMap(problem: RosterProblem): Map<string, RosterLine> {
  return new Map(problem.lines.map((line) => [line.id, line]));
}

/** Compiles a parsed problem. Shifts of unknown lines cannot occur: the problem schema refuses them. */
export function compileRosterModel(problem: RosterProblem): RosterModel {
  const lines = lineMap(problem);
  const { shifts, candidates: persons, rules, goals } = problem;
  const lineOf = shifts.map((shift) => {
    const line = lines.get(shift.lineId);
    if (!line) {
      throw new Error(`Unknown line ${shift.lineId}`);
    }
    return line;
  });
  const kind = lineOf.map((line) => line.kind);
  const restHours = { garde: rules.minRestAfterGardeHours, astreinte: rules.minRestAfterAstreinteHours };
  const model: RosterModel = {
    problem,
    shifts,
    persons,
    lineOf,
    kind,
    start: Float64Array.from(shifts, (shift) => Date.parse(shift.startsAt)),
    end: Float64Array.from(shifts, (shift) => Date.parse(shift.endsAt)),
    restAfter: Float64Array.from(kind, (shiftKind) => restHours[shiftKind] * HOUR_MS),
    weight: Float64Array.from(
      shifts,
      (shift, index) => goals.dayTypeWeights[shift.dayType] * goals.kindWeights[kind[index] ?? 'garde'],
    ),
    share: Float64Array.from(persons, (person) => person.targetShare),
    maxGardes: Int32Array.from(persons, (person) => person.maxGardesPerMonth ?? rules.maxGardesPerMonth),
    maxAstreintes: Int32Array.from(persons, (person) => person.maxAstreintesPerMonth ?? rules.maxAstreintesPerMonth),
    eligible: [],
    eligibleMask: new Uint8Array(shifts.length * persons.length),
    shiftIndex: new Map(shifts.map((shift, index) => [shift.id, index])),
    personIndex: new Map(persons.map((person, index) => [person.staffId, index])),
    countWeight: goals.countWeight,
  };
  model.eligible = shifts.map((_, shift) =>
    persons.flatMap((_person, person) => (staticViolation(model, person, shift) ? [] : [person])),
  );
  model.eligible.forEach((people, shift) => {
    people.forEach((person) => (model.eligibleMask[shift * persons.length + person] = 1));
  });
  return model;
}

/** Whether the person may take the shift at all (allowed on its line, qualified, available). */
export const isEligible = (model: RosterModel, person: number, shift: number): boolean =>
  model.eligibleMask[shift * model.persons.length + person] === 1;

/** The first rule a person breaks by merely holding a shift, whatever else they hold. */
export function staticViolation(model: RosterModel, person: number, shift: number): StaticRule | undefined {
  const candidate = model.persons[person];
  const line = model.lineOf[shift];
  if (!candidate || !line) {
    throw new Error('Person or shift out of range');
  }
  if (!candidate.lineIds.includes(line.id)) {
    return 'line_not_allowed';
  }
  if (!isQualifiedForLine(candidate, line)) {
    return 'qualification';
  }
  const start = model.start[shift] ?? 0;
  const end = model.end[shift] ?? 0;
  const unavailable = candidate.unavailability.some(
    (interval) => Date.parse(interval.startsAt) < end && start < Date.parse(interval.endsAt),
  );
  return unavailable ? 'unavailable' : undefined;
}

/** Why one person cannot hold both shifts: they overlap, or the second starts within the rest owed after the first. */
export function conflictBetween(model: RosterModel, a: number, b: number): 'overlap' | 'rest' | undefined {
  const [first, second] = (model.start[a] ?? 0) <= (model.start[b] ?? 0) ? [a, b] : [b, a];
  const secondStart = model.start[second] ?? 0;
  const firstEnd = model.end[first] ?? 0;
  if (secondStart < firstEnd) {
    return 'overlap';
  }
  return secondStart < firstEnd + (model.restAfter[first] ?? 0) ? 'rest' : undefined;
}
