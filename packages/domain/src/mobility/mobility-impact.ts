import { z } from 'zod';
import { cadreSchema } from '../staff/cadres';

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

/** WISN ratio of a cadre at an establishment before and after (null when no standards are available). */
export const wisnChangeSchema = z.object({
  establishmentId: z.uuid(),
  cadre: cadreSchema,
  ratioBefore: z.number().nullable(),
  ratioAfter: z.number().nullable(),
});

/** An on-call line whose roster the mobility touches. */
export const affectedOnCallLineSchema = z.object({ lineId: z.string(), name: z.string(), dutyDays: z.number().int() });

/** What approvers see before deciding a mobility (issue #5 §5). */
export const mobilityImpactSchema = z.object({
  staffMember: z.object({ id: z.uuid(), displayName: z.string(), cadre: cadreSchema, staffNumber: z.string() }),
  conflicts: z.array(mobilityConflictSchema),
  staffCounts: z.array(staffCountChangeSchema),
  wisn: z.array(wisnChangeSchema).nullable(),
  onCallLines: z.array(affectedOnCallLineSchema),
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
