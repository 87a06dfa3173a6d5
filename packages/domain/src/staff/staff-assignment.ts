import { z } from 'zod';
import { specialtyCodes } from '../establishments/specialties';

/**
 * A staff assignment (affectation): where a staff member works, in which service (a specialty of the establishment, or
 * none for establishment-wide posts), which share of their time and over which dates. Each staff member has one
 * primary assignment at any date and any number of additional ones (one person can work in several establishments).
 */
export const staffAssignmentKinds = ['primary', 'additional'] as const;
export type StaffAssignmentKind = (typeof staffAssignmentKinds)[number];

/** What HR enters to assign a staff member. Unknown fields are rejected; `validTo` is the last day, inclusive. */
export const staffAssignmentInputSchema = z
  .strictObject({
    establishmentId: z.uuid(),
    specialtyCode: z
      .enum(specialtyCodes as [string, ...string[]])
      .nullable()
      .default(null),
    kind: z.enum(staffAssignmentKinds),
    timeShare: z.number().int().min(1).max(100),
    validFrom: z.iso.date(),
    validTo: z.iso.date().nullable().default(null),
  })
  .superRefine((value, context) => {
    if (value.validTo !== null && value.validTo < value.validFrom) {
      context.addIssue({ code: 'custom', path: ['validTo'], message: 'The assignment ends before it starts' });
    }
  });
export type StaffAssignmentInput = z.infer<typeof staffAssignmentInputSchema>;

/** Ending an assignment (a mobility, a departure): its last day. */
export const endStaffAssignmentInputSchema = z.strictObject({ validTo: z.iso.date() });
export type EndStaffAssignmentInput = z.infer<typeof endStaffAssignmentInputSchema>;

/** A staff assignment as stored and presented. */
export const staffAssignmentSchema = z.object({
  id: z.uuid(),
  staffMemberId: z.uuid(),
  establishmentId: z.uuid(),
  specialtyCode: z.string().nullable(),
  kind: z.enum(staffAssignmentKinds),
  timeShare: z.number().int(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type StaffAssignment = z.infer<typeof staffAssignmentSchema>;

/** The fields the assignment rules read; `id` is null for an assignment not yet stored. */
export interface AssignmentPeriod {
  id: string | null;
  establishmentId: string;
  kind: StaffAssignmentKind;
  timeShare: number;
  validFrom: string;
  validTo: string | null;
}

/** Whether an assignment (or any dated period) is in force on a day; both ends inclusive. */
export const isActiveOn = (period: { validFrom: string; validTo: string | null }, day: string): boolean =>
  period.validFrom <= day && (period.validTo === null || period.validTo >= day);
