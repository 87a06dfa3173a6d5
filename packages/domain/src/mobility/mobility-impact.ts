import { z } from 'zod';
import { cadreSchema } from '../staff/cadres';
import { wisnPressures } from '../wisn/wisn-pressure';

/** FTE per cadre at one establishment on the mobility's first day, before and after it. */
export const staffCountChangeSchema = z.object({
  establishmentId: z.uuid(),
  cadre: cadreSchema,
  fteBefore: z.number(),
  fteAfter: z.number(),
});
export type StaffCountChange = z.infer<typeof staffCountChangeSchema>;

export const mobilityConflictSchema = z.object({
  kind: z.enum(['not_employed', 'leave', 'time_share_exceeded', 'assignment_rule']),
  message: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type MobilityConflict = z.infer<typeof mobilityConflictSchema>;

/**
 * WISN of a cadre at an establishment before and after: staff required (R, from this year's workload and the standard
 * in force), ratio actual ÷ R and its pressure band. R and the ratios are null when no standard is in force there.
 */
export const wisnChangeSchema = z.object({
  establishmentId: z.uuid(),
  cadre: cadreSchema,
  year: z.number().int(),
  requiredStaff: z.number().nullable(),
  ratioBefore: z.number().nullable(),
  ratioAfter: z.number().nullable(),
  pressureBefore: z.enum(wisnPressures).nullable(),
  pressureAfter: z.enum(wisnPressures).nullable(),
});
export type WisnChange = z.infer<typeof wisnChangeSchema>;

/** A shift the approval took the person off (in the mission's period, on a line that does not serve the destination). */
export const releasedShiftSchema = z.object({
  rosterId: z.uuid(),
  shiftId: z.string(),
  lineId: z.uuid(),
  lineName: z.string(),
  day: z.string(),
});
export type ReleasedShift = z.infer<typeof releasedShiftSchema>;

/** An on-call line whose roster the mobility touches. */
export const affectedOnCallLineSchema = z.object({ lineId: z.string(), name: z.string(), dutyDays: z.number().int() });

/** What approvers see before deciding a mobility (issue #5 §5). */
export const mobilityImpactSchema = z.object({
  staffMember: z.object({ id: z.uuid(), displayName: z.string(), cadre: cadreSchema, staffNumber: z.string() }),
  conflicts: z.array(mobilityConflictSchema),
  staffCounts: z.array(staffCountChangeSchema),
  wisn: z.array(wisnChangeSchema).nullable(),
  onCallLines: z.array(affectedOnCallLineSchema),
  /** After approval: the shifts it released (now gaps for the roster's manager to fill). */
  releasedShifts: z.array(releasedShiftSchema),
  createdAssignments: z.array(
    z.object({
      id: z.uuid(),
      establishmentId: z.uuid(),
      kind: z.enum(['primary', 'additional']),
      timeShare: z.number().int(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
});
export type MobilityImpact = z.infer<typeof mobilityImpactSchema>;

/** What the new mobility form offers: destinations, and the staff the actor may raise a mobility for. */
export const mobilityOptionsQuerySchema = z.strictObject({ fromEstablishmentId: z.uuid().optional() });
export const mobilityOptionsSchema = z.object({
  establishments: z.array(z.object({ id: z.uuid(), nameFr: z.string(), nameAr: z.string().nullable() })),
  /** Establishments the actor raises mobilities for (admin or HR there, or GST HR: all). */
  originIds: z.array(z.uuid()),
  staff: z.array(
    z.object({
      id: z.uuid(),
      displayName: z.string(),
      cadre: cadreSchema,
      staffNumber: z.string(),
      establishmentId: z.uuid(),
    }),
  ),
});
export type MobilityOptions = z.infer<typeof mobilityOptionsSchema>;
