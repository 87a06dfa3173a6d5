import { z } from 'zod';
import type { FieldIssue } from '../lib/app-error';
import type { EmploymentPeriod } from './staff-assignment-rules';
import { staffRuleBroken } from './staff-rule-error';

/** Kinds of leave and absence; WISN's available working time subtracts them (DOMAIN.md §8: C, D and E). */
export const leaveKinds = ['annual', 'sick', 'maternity', 'training', 'other'] as const;
export type LeaveKind = (typeof leaveKinds)[number];

/** A leave or absence entered by HR; both days inclusive. Unknown fields are rejected. */
export const leaveInputSchema = z
  .strictObject({
    kind: z.enum(leaveKinds),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    note: z
      .string()
      .trim()
      .max(500)
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .default(null),
  })
  .superRefine((value, context) => {
    if (value.endsOn < value.startsOn) {
      context.addIssue({ code: 'custom', path: ['endsOn'], message: 'The leave ends before it starts' });
    }
  });
export type LeaveInput = z.infer<typeof leaveInputSchema>;

/** A leave as stored and presented. */
export const staffLeaveSchema = z.object({
  id: z.uuid(),
  staffMemberId: z.uuid(),
  kind: z.enum(leaveKinds),
  startsOn: z.string(),
  endsOn: z.string(),
  note: z.string().nullable(),
});
export type StaffLeave = z.infer<typeof staffLeaveSchema>;

/** The fields the leave rules read; `id` is null for a leave not yet stored. */
export interface LeavePeriod {
  id: string | null;
  kind: LeaveKind;
  startsOn: string;
  endsOn: string;
}

export const leaveRules = ['dates_ordered', 'leave_overlap', 'outside_employment'] as const;
export type LeaveRule = (typeof leaveRules)[number];

/** One broken leave rule, with the leave at fault and the one it overlaps. */
export interface LeaveViolation {
  rule: LeaveRule;
  message: string;
  field: 'startsOn' | 'endsOn';
  leave: LeavePeriod;
  conflictingLeave: LeavePeriod | null;
}

/** Whether two day ranges (both ends inclusive) share a day. */
export const rangesOverlap = (a: { from: string; to: string }, b: { from: string; to: string }): boolean =>
  a.from <= b.to && b.from <= a.to;

/** Every leave rule broken: ordered dates, inside the employment, no two leaves sharing a day. */
export function findLeaveViolations(leaves: readonly LeavePeriod[], employment: EmploymentPeriod): LeaveViolation[] {
  const found: LeaveViolation[] = [];
  leaves.forEach((leave, index) => {
    if (leave.endsOn < leave.startsOn) {
      found.push({
        rule: 'dates_ordered',
        message: 'The leave ends before it starts',
        field: 'endsOn',
        leave,
        conflictingLeave: null,
      });
      return;
    }
    if (
      leave.startsOn < employment.employedFrom ||
      (employment.employedTo !== null && leave.endsOn > employment.employedTo)
    ) {
      const message = 'The leave falls outside the employment period';
      found.push({ rule: 'outside_employment', message, field: 'startsOn', leave, conflictingLeave: null });
    }
    const range = { from: leave.startsOn, to: leave.endsOn };
    const other = leaves
      .slice(0, index)
      .find(
        (earlier) =>
          earlier.startsOn <= earlier.endsOn && rangesOverlap(range, { from: earlier.startsOn, to: earlier.endsOn }),
      );
    if (other !== undefined) {
      const message = `The leave overlaps a ${other.kind} leave from ${other.startsOn} to ${other.endsOn}`;
      found.push({ rule: 'leave_overlap', message, field: 'startsOn', leave, conflictingLeave: other });
    }
  });
  return found;
}

/**
 * Checks a new leave (`change.id` null) or an edit of a stored one against the person's other leaves and employment.
 * @throws AppError unprocessable with the rule, the leave and the overlapping leave in `details`.
 */
export function assertLeaveChange(
  existing: readonly LeavePeriod[],
  change: LeavePeriod,
  employment: EmploymentPeriod,
): void {
  const others = existing.filter((leave) => change.id === null || leave.id !== change.id);
  const introduced = findLeaveViolations([...others, change], employment).filter(
    (found) => found.leave === change || found.conflictingLeave === change,
  );
  const [first] = introduced;
  if (first === undefined) {
    return;
  }
  const issues: FieldIssue[] = introduced.map((found) => ({
    path: [found.field],
    message: found.message,
    code: found.rule,
  }));
  throw staffRuleBroken(first.rule, first.message, issues, { leave: change, conflictingLeave: first.conflictingLeave });
}
