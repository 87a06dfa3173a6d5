import { staticViolation, type RosterModel } from './roster-model';
import type { RosterState } from './roster-state';

/** Why a shift is unfilled: nobody may serve the line, all who may are unavailable, the rules block them, or not. */
export const rosterGapReasons = ['no_candidate', 'unavailable', 'rule_conflict', 'fillable'] as const;
export type RosterGapReason = (typeof rosterGapReasons)[number];

/** An unfilled shift, with the staff who could take it now without breaking a rule (for manual edits). */
export interface RosterGap {
  shiftId: string;
  lineId: string;
  day: string;
  startsAt: string;
  endsAt: string;
  reason: RosterGapReason;
  fillableBy: string[];
}

function gapReason(model: RosterModel, shift: number, fillable: number): RosterGapReason {
  if (fillable > 0) {
    return 'fillable';
  }
  if ((model.eligible[shift] ?? []).length > 0) {
    return 'rule_conflict';
  }
  const someUnavailable = model.persons.some((_, person) => staticViolation(model, person, shift) === 'unavailable');
  return someUnavailable ? 'unavailable' : 'no_candidate';
}

/** The unfilled shifts of a roster, in time order, each with its reason. */
export function findRosterGaps(state: RosterState): RosterGap[] {
  const { model } = state;
  const gaps: RosterGap[] = [];
  model.shifts.forEach((shift, index) => {
    if ((state.holder[index] ?? -1) >= 0) {
      return;
    }
    const fillable = (model.eligible[index] ?? []).filter((person) => state.canTake(person, index));
    gaps.push({
      shiftId: shift.id,
      lineId: shift.lineId,
      day: shift.day,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      reason: gapReason(model, index, fillable.length),
      fillableBy: fillable.map((person) => model.persons[person]?.staffId ?? ''),
    });
  });
  return gaps.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
