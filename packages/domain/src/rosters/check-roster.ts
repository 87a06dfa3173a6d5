import { findRosterGaps, type RosterGap } from './find-roster-gaps';
import { describePerson, describeShift } from './roster-messages';
import { compileRosterModel, conflictBetween, staticViolation, type RosterModel } from './roster-model';
import type { RosterAssignment, RosterProblem } from './roster-problem';
import { RosterState } from './roster-state';

/** The hard rules a roster must keep; a roster that breaks one is refused (422). */
export const rosterRuleCodes = [
  'unknown_shift',
  'unknown_staff',
  'already_filled',
  'line_not_allowed',
  'qualification',
  'unavailable',
  'overlap',
  'rest',
  'max_per_month',
] as const;
export type RosterRuleCode = (typeof rosterRuleCodes)[number];

/** One broken hard rule: which shift, which staff member, the other shift involved if any, and why in words. */
export interface RosterViolation {
  rule: RosterRuleCode;
  shiftId: string;
  staffId: string;
  relatedShiftId?: string;
  message: string;
}

/** What a roster breaks, and what it leaves unfilled. */
export interface RosterCheck {
  violations: RosterViolation[];
  gaps: RosterGap[];
}

/**
 * Checks a roster (generated or edited by hand) against the hard rules of its problem and lists its gaps. A roster
 * with no violation may still have gaps; gaps are not violations.
 */
export function checkRoster(problem: RosterProblem, assignments: readonly RosterAssignment[]): RosterCheck {
  return checkRosterModel(compileRosterModel(problem), assignments);
}

/** `checkRoster` on an already compiled problem (the optimiser checks its own output with it). */
export function checkRosterModel(model: RosterModel, assignments: readonly RosterAssignment[]): RosterCheck {
  const state = new RosterState(model);
  const violations = assignments.flatMap((assignment) => placeAssignment(state, assignment));
  model.persons.forEach((_, person) => {
    violations.push(...pairViolations(state, person), ...monthlyViolations(state, person));
  });
  const order = (violation: RosterViolation) => model.start[model.shiftIndex.get(violation.shiftId) ?? -1] ?? -Infinity;
  violations.sort(
    (a, b) =>
      order(a) - order(b) ||
      rosterRuleCodes.indexOf(a.rule) - rosterRuleCodes.indexOf(b.rule) ||
      a.staffId.localeCompare(b.staffId),
  );
  return { violations, gaps: findRosterGaps(state) };
}

const staticMessages = {
  line_not_allowed: 'may not serve this line',
  qualification: 'lacks the qualification this line requires',
  unavailable: 'is unavailable (leave, absence or another assignment) during',
} as const;

/** Records one assignment in the state and reports what it breaks on its own. */
function placeAssignment(state: RosterState, assignment: RosterAssignment): RosterViolation[] {
  const { model } = state;
  const { shiftId, staffId } = assignment;
  const shift = model.shiftIndex.get(shiftId);
  const person = model.personIndex.get(staffId);
  if (shift === undefined) {
    return [{ rule: 'unknown_shift', shiftId, staffId, message: `Shift ${shiftId} is not in this roster` }];
  }
  if (person === undefined) {
    const message = `Staff member ${staffId} is not a candidate for this roster`;
    return [{ rule: 'unknown_staff', shiftId, staffId, message }];
  }
  const holder = state.holder[shift] ?? -1;
  if (holder >= 0) {
    const message = `${describeShift(model, shift)} is already held by ${describePerson(model, holder)}`;
    return [{ rule: 'already_filled', shiftId, staffId, message }];
  }
  state.assign(shift, person);
  const rule = staticViolation(model, person, shift);
  if (!rule) {
    return [];
  }
  const message = `${describePerson(model, person)} ${staticMessages[rule]} ${describeShift(model, shift)}`;
  return [{ rule, shiftId, staffId, message }];
}

/** Overlaps and missing rest between any two shifts of one person, reported on the later shift. */
function pairViolations(state: RosterState, person: number): RosterViolation[] {
  const { model } = state;
  const held = [...(state.held[person] ?? [])].sort((a, b) => (model.start[a] ?? 0) - (model.start[b] ?? 0));
  const staffId = model.persons[person]?.staffId ?? '';
  const violations: RosterViolation[] = [];
  held.forEach((earlier, index) => {
    for (const later of held.slice(index + 1)) {
      const rule = conflictBetween(model, earlier, later);
      if (!rule) {
        continue;
      }
      const hours = rule === 'rest' ? ` (${(model.restAfter[earlier] ?? 0) / 3_600_000} h of rest are owed)` : '';
      const verb = rule === 'overlap' ? 'overlaps' : 'starts too soon after';
      const message = `${describePerson(model, person)}: ${describeShift(model, later)} ${verb} ${describeShift(model, earlier)}${hours}`;
      violations.push({
        rule,
        shiftId: model.shifts[later]?.id ?? '',
        staffId,
        relatedShiftId: model.shifts[earlier]?.id,
        message,
      });
    }
  });
  return violations;
}

/** Shifts beyond the monthly maximum of gardes or astreintes, in time order: each excess shift is reported. */
function monthlyViolations(state: RosterState, person: number): RosterViolation[] {
  const { model } = state;
  const held = [...(state.held[person] ?? [])].sort((a, b) => (model.start[a] ?? 0) - (model.start[b] ?? 0));
  const staffId = model.persons[person]?.staffId ?? '';
  return (['garde', 'astreinte'] as const).flatMap((kind) => {
    const max = (kind === 'garde' ? model.maxGardes[person] : model.maxAstreintes[person]) ?? 0;
    return held
      .filter((shift) => model.kind[shift] === kind)
      .slice(max)
      .map((shift) => ({
        rule: 'max_per_month' as const,
        shiftId: model.shifts[shift]?.id ?? '',
        staffId,
        message: `${describePerson(model, person)} would have more than ${max} ${kind}s this month with ${describeShift(model, shift)}`,
      }));
  });
}
