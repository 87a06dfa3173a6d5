import { unprocessable, type FieldIssue } from '../lib/app-error';
import { checkRosterModel, type RosterCheck, type RosterViolation } from './check-roster';
import { compileRosterModel } from './roster-model';
import type { RosterAssignment, RosterProblem } from './roster-problem';

/** What identifies a violation across two checks of the same problem (before and after an edit). */
export const violationKey = (violation: RosterViolation): string =>
  [violation.rule, violation.shiftId, violation.staffId, violation.relatedShiftId ?? ''].join('|');

function toIssue(violation: RosterViolation, after: readonly RosterAssignment[]): FieldIssue {
  const index = after.findLastIndex(
    (assignment) => assignment.shiftId === violation.shiftId && assignment.staffId === violation.staffId,
  );
  return { path: ['assignments', index], message: violation.message, code: violation.rule };
}

/**
 * The hard-rule violations an edit adds to a roster (the whole month before and after it); violations already present
 * before (e.g. leave recorded after publication) are not counted, so that they can be fixed one at a time.
 */
export function newRosterViolations(
  problem: RosterProblem,
  before: readonly RosterAssignment[],
  after: readonly RosterAssignment[],
): { check: RosterCheck; introduced: RosterViolation[] } {
  const model = compileRosterModel(problem);
  const existing = new Set(checkRosterModel(model, before).violations.map(violationKey));
  const check = checkRosterModel(model, after);
  return { check, introduced: check.violations.filter((violation) => !existing.has(violationKey(violation))) };
}

/**
 * Checks a manual edit of a roster: the edit may not add a violation of a hard rule (`newRosterViolations`). Returns
 * the check of the edited roster, with its gaps.
 * @throws AppError unprocessable (422) with one issue per new violation: path `['assignments', index]`, code the rule.
 */
export function assertRosterEditAllowed(
  problem: RosterProblem,
  before: readonly RosterAssignment[],
  after: readonly RosterAssignment[],
): RosterCheck {
  const { check, introduced } = newRosterViolations(problem, before, after);
  if (introduced.length > 0) {
    throw unprocessable(
      'The roster change breaks a roster rule',
      introduced.map((violation) => toIssue(violation, after)),
    );
  }
  return check;
}
