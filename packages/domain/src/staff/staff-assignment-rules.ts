import type { FieldIssue } from '../lib/app-error';
import type { EstablishmentStatus } from '../establishments/establishment-types';
import type { AssignmentPeriod } from './staff-assignment';
import { staffRuleBroken } from './staff-rule-error';
import { periodSegments } from './time-share-peak';

/** The rules every set of assignments of one staff member keeps (issue #5 §1 and "Bad input and safety"). */
export const staffAssignmentRules = [
  'dates_ordered',
  'establishment_not_open',
  'outside_employment',
  'single_primary',
  'primary_missing',
  'time_share_exceeded',
] as const;
export type StaffAssignmentRule = (typeof staffAssignmentRules)[number];

/** What the rules need to know of an establishment: its status and, once closed, the day it closed. */
export interface EstablishmentStanding {
  id: string;
  status: EstablishmentStatus;
  closedOn: string | null;
}

/** The employment period of the staff member; assignments must lie inside it. */
export interface EmploymentPeriod {
  employedFrom: string;
  employedTo: string | null;
}

export interface StaffAssignmentContext {
  establishments: readonly EstablishmentStanding[];
  employment: EmploymentPeriod;
}

/** One broken rule: the assignment at fault, the ones it conflicts with, and the days concerned. */
export interface StaffAssignmentViolation {
  rule: StaffAssignmentRule;
  message: string;
  field: keyof AssignmentPeriod;
  assignment: AssignmentPeriod;
  conflictingAssignments: AssignmentPeriod[];
  from: string | null;
  to: string | null;
}

const violation = (
  rule: StaffAssignmentRule,
  message: string,
  field: keyof AssignmentPeriod,
  assignment: AssignmentPeriod,
  extra: Partial<Pick<StaffAssignmentViolation, 'conflictingAssignments' | 'from' | 'to'>> = {},
): StaffAssignmentViolation => ({
  rule,
  message,
  field,
  assignment,
  conflictingAssignments: extra.conflictingAssignments ?? [],
  from: extra.from ?? assignment.validFrom,
  to: extra.to === undefined ? assignment.validTo : extra.to,
});

function establishmentProblem(
  assignment: AssignmentPeriod,
  standing: EstablishmentStanding | undefined,
): string | null {
  if (standing === undefined || standing.status === 'planned') {
    return 'The establishment is not open yet';
  }
  const runsAfterClosure =
    standing.closedOn === null || assignment.validTo === null || assignment.validTo >= standing.closedOn;
  return standing.status === 'closed' && runsAfterClosure ? 'The establishment is closed on these dates' : null;
}

function periodViolations(assignment: AssignmentPeriod, context: StaffAssignmentContext): StaffAssignmentViolation[] {
  const found: StaffAssignmentViolation[] = [];
  if (assignment.validTo !== null && assignment.validTo < assignment.validFrom) {
    found.push(violation('dates_ordered', 'The assignment ends before it starts', 'validTo', assignment));
  }
  const standing = context.establishments.find((item) => item.id === assignment.establishmentId);
  const problem = establishmentProblem(assignment, standing);
  if (problem !== null) {
    found.push(violation('establishment_not_open', problem, 'establishmentId', assignment));
  }
  const { employedFrom, employedTo } = context.employment;
  const endsAfter = employedTo !== null && (assignment.validTo === null || assignment.validTo > employedTo);
  if (assignment.validFrom < employedFrom || endsAfter) {
    found.push(
      violation('outside_employment', 'The assignment runs outside the employment period', 'validFrom', assignment),
    );
  }
  return found;
}

function overlapViolations(assignments: readonly AssignmentPeriod[]): StaffAssignmentViolation[] {
  const found: StaffAssignmentViolation[] = [];
  for (const { from, to, active } of periodSegments(assignments)) {
    const primaries = active.filter((assignment) => assignment.kind === 'primary');
    const [first, ...others] = primaries;
    const lastPrimary = others.at(-1);
    if (first !== undefined && lastPrimary !== undefined) {
      const conflictingAssignments = primaries.slice(0, -1);
      found.push(
        violation('single_primary', 'Two primary assignments overlap', 'kind', lastPrimary, {
          conflictingAssignments,
          from,
          to,
        }),
      );
    }
    const additional = active.find((assignment) => assignment.kind === 'additional');
    if (first === undefined && additional !== undefined) {
      found.push(
        violation('primary_missing', 'No primary assignment on these dates', 'kind', additional, { from, to }),
      );
    }
    const total = active.reduce((sum, assignment) => sum + assignment.timeShare, 0);
    const last = active.at(-1);
    if (total > 100 && last !== undefined) {
      const message = `The time shares add up to ${total} % on these dates (100 % at most)`;
      found.push(
        violation('time_share_exceeded', message, 'timeShare', last, {
          conflictingAssignments: active.slice(0, -1),
          from,
          to,
        }),
      );
    }
  }
  return found;
}

const violationKey = (found: StaffAssignmentViolation): string =>
  [
    found.rule,
    found.assignment.id ?? 'new',
    ...found.conflictingAssignments.map((item) => item.id ?? 'new').sort(),
  ].join(' ');

/** Every rule the assignments of one staff member break; overlapping days report each conflict once. */
export function findStaffAssignmentViolations(
  assignments: readonly AssignmentPeriod[],
  context: StaffAssignmentContext,
): StaffAssignmentViolation[] {
  const all = [
    ...assignments.flatMap((assignment) => periodViolations(assignment, context)),
    ...overlapViolations(assignments),
  ];
  const seen = new Set<string>();
  return all.filter((found) => {
    const key = violationKey(found);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * Checks a change to a staff member's assignments (a new one when `change.id` is null, else an edit of the stored one
 * with that id): the change may introduce no violation, while problems already stored do not block it.
 * @throws AppError unprocessable with the first broken rule, its assignment and the conflicting ones in `details`.
 */
export function assertStaffAssignmentChange(
  existing: readonly AssignmentPeriod[],
  change: AssignmentPeriod,
  context: StaffAssignmentContext,
): void {
  const after = [...existing.filter((assignment) => change.id === null || assignment.id !== change.id), change];
  const before = new Set(findStaffAssignmentViolations(existing, context).map(violationKey));
  const introduced = findStaffAssignmentViolations(after, context).filter((found) => !before.has(violationKey(found)));
  const [first] = introduced;
  if (first === undefined) {
    return;
  }
  const issues: FieldIssue[] = introduced.map((found) => ({
    path: [found.field],
    message: found.message,
    code: found.rule,
  }));
  throw staffRuleBroken(first.rule, first.message, issues, {
    assignment: first.assignment,
    conflictingAssignments: first.conflictingAssignments,
    from: first.from,
    to: first.to,
  });
}
