import type { Cadre } from '../staff/cadres';
import { violationKey } from './assert-roster-edit-allowed';
import { checkRosterModel } from './check-roster';
import { compileRosterModel } from './roster-model';
import type { RosterAssignment, RosterProblem } from './roster-problem';
import { rosterSwapChanges, withRosterChanges } from './roster-swap-request';

/** A colleague who could take a shift: as a plain replacement, and/or in exchange for one of their own shifts. */
export interface RosterSwapOption {
  staffId: string;
  name: string;
  cadre: Cadre;
  replacement: boolean;
  /** The colleague's shifts (starting after `notBefore`) the holder could take in exchange, in time order. */
  exchangeShiftIds: string[];
}

/**
 * The colleagues who could take `shiftId` from its holder without adding a broken hard rule to the roster (the same
 * test as a manual edit, `assertRosterEditAllowed`), and for each, the exchanges that keep every rule. Only the people
 * allowed, qualified and available for the shift are tried, so a province roster stays quick. Sorted by name.
 */
export function listRosterSwapOptions(
  problem: RosterProblem,
  assignments: readonly RosterAssignment[],
  swap: { shiftId: string; holderId: string; notBefore: number },
): RosterSwapOption[] {
  const model = compileRosterModel(problem);
  const shift = model.shiftIndex.get(swap.shiftId);
  if (shift === undefined) {
    return [];
  }
  const startOf = (id: string) => model.start[model.shiftIndex.get(id) ?? -1] ?? -Infinity;
  const existing = new Set(checkRosterModel(model, assignments).violations.map(violationKey));
  const keepsRules = (toStaffMemberId: string, counterShiftId: string | null) => {
    const changes = rosterSwapChanges({ ...swap, fromStaffMemberId: swap.holderId, toStaffMemberId, counterShiftId });
    const after = withRosterChanges(assignments, changes);
    return checkRosterModel(model, after).violations.every((violation) => existing.has(violationKey(violation)));
  };
  const options = (model.eligible[shift] ?? []).flatMap((person): RosterSwapOption[] => {
    const candidate = model.persons[person];
    if (!candidate || candidate.staffId === swap.holderId) {
      return [];
    }
    const ownShifts = assignments
      .filter((assignment) => assignment.staffId === candidate.staffId)
      .map((assignment) => assignment.shiftId)
      .filter((id) => startOf(id) > swap.notBefore)
      .sort((a, b) => startOf(a) - startOf(b));
    const replacement = keepsRules(candidate.staffId, null);
    const exchangeShiftIds = ownShifts.filter((id) => keepsRules(candidate.staffId, id));
    return replacement || exchangeShiftIds.length > 0
      ? [{ staffId: candidate.staffId, name: candidate.name, cadre: candidate.cadre, replacement, exchangeShiftIds }]
      : [];
  });
  return options.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
