import { z } from 'zod';
import { specialtyCodes } from '../establishments/specialties';
import { cadreSchema } from '../staff/cadres';
import { rosterGapReasons } from './find-roster-gaps';
import { rosterDayTypes, rosterLineKinds, shiftPatternSchema } from './roster-problem';

const specialtyCodeSchema = z.string().refine((code) => specialtyCodes.includes(code), 'Unknown specialty');
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month YYYY-MM');

/** Per-line overrides of the GST's roster rules; when lines are rostered together, the strictest value applies. */
export const rosterRulesOverridesSchema = z.strictObject({
  minRestAfterGardeHours: z.number().min(0).max(72).optional(),
  minRestAfterAstreinteHours: z.number().min(0).max(72).optional(),
  maxGardesPerMonth: z.number().int().min(0).optional(),
  maxAstreintesPerMonth: z.number().int().min(0).optional(),
});
export type RosterRulesOverrides = z.output<typeof rosterRulesOverridesSchema>;

/**
 * A roster line as stored: its establishments (two or more: a pooled line), the service it belongs to, who may serve
 * it and how its shifts fall. `eligibleStaffIds` empty means "everyone assigned to one of its establishments who has
 * the required qualification".
 */
export const rosterLineRecordSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  version: z.number().int(),
  name: z.string(),
  kind: z.enum(rosterLineKinds),
  establishmentIds: z.array(z.uuid()),
  specialtyCode: z.string().nullable(),
  requiredCadres: z.array(cadreSchema),
  requiredSpecialtyCodes: z.array(z.string()),
  shiftPattern: shiftPatternSchema,
  eligibleStaffIds: z.array(z.uuid()),
  rulesOverrides: rosterRulesOverridesSchema,
  isActive: z.boolean(),
  updatedAt: z.string(),
});
export type RosterLineRecord = z.output<typeof rosterLineRecordSchema>;

const rosterLineFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(rosterLineKinds),
  establishmentIds: z
    .array(z.uuid())
    .min(1)
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, 'Each establishment once'),
  specialtyCode: specialtyCodeSchema.nullable().default(null),
  requiredCadres: z.array(cadreSchema).default([]),
  requiredSpecialtyCodes: z.array(specialtyCodeSchema).default([]),
  shiftPattern: shiftPatternSchema.prefault({}),
  eligibleStaffIds: z.array(z.uuid()).max(500).default([]),
  rulesOverrides: rosterRulesOverridesSchema.default({}),
};

/** Creating a roster line (GST HR officer, or the administrator or HR officer of all its establishments). */
export const createRosterLineInputSchema = z.strictObject({ gstId: z.uuid(), ...rosterLineFields });
export type CreateRosterLineInput = z.output<typeof createRosterLineInputSchema>;

/** Replacing a roster line's settings; `version` is the one read (409 when someone changed it since). */
export const updateRosterLineInputSchema = z.strictObject({ version: z.number().int().min(1), ...rosterLineFields });
export type UpdateRosterLineInput = z.output<typeof updateRosterLineInputSchema>;

/** The roster lines of a GST, optionally with the archived ones. */
export const rosterLineListQuerySchema = z.strictObject({
  gstId: z.uuid(),
  includeArchived: z.enum(['true', 'false']).default('false'),
});

/** Generating the roster of a month for a set of lines (a pooled set is rostered together). */
export const generateRosterInputSchema = z.strictObject({
  gstId: z.uuid(),
  month: monthSchema,
  lineIds: z
    .array(z.uuid())
    .min(1)
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'Each line once'),
  seed: z.number().int().min(0).max(1_000_000).default(1),
  /** Rosters replacing a draft pass the draft's version (409 when it changed since). */
  version: z.number().int().min(1).optional(),
});
export type GenerateRosterInput = z.output<typeof generateRosterInputSchema>;

/** A manual edit: the shifts whose holder changes (`staffId` null empties the shift), on the version read. */
export const editRosterInputSchema = z.strictObject({
  version: z.number().int().min(1),
  changes: z
    .array(z.strictObject({ shiftId: z.string().min(1), staffId: z.uuid().nullable() }))
    .min(1)
    .max(500),
});
export type EditRosterInput = z.output<typeof editRosterInputSchema>;

export const publishRosterInputSchema = z.strictObject({ version: z.number().int().min(1) });
export type PublishRosterInput = z.output<typeof publishRosterInputSchema>;

export const rosterListQuerySchema = z.strictObject({ gstId: z.uuid(), month: monthSchema.optional() });

export const rosterStatuses = ['draft', 'published'] as const;
export type RosterStatus = (typeof rosterStatuses)[number];

const spreadSchema = z.object({ min: z.number(), max: z.number(), mean: z.number(), stddev: z.number() });

/** One roster in a list. */
export const rosterSummarySchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  month: z.string(),
  lineIds: z.array(z.uuid()),
  status: z.enum(rosterStatuses),
  version: z.number().int(),
  shiftCount: z.number().int(),
  gapCount: z.number().int(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type RosterSummary = z.output<typeof rosterSummarySchema>;

/** A month's roster with its shifts, the staff who may be put on it, its gaps and its fairness report. */
export const rosterDetailSchema = rosterSummarySchema.extend({
  lines: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.enum(rosterLineKinds) })),
  shifts: z.array(
    z.object({
      id: z.string(),
      lineId: z.uuid(),
      day: z.string(),
      dayType: z.enum(rosterDayTypes),
      startsAt: z.string(),
      endsAt: z.string(),
      staffId: z.uuid().nullable(),
    }),
  ),
  staff: z.array(z.object({ staffId: z.uuid(), name: z.string(), lineIds: z.array(z.uuid()) })),
  gaps: z.array(z.object({ shiftId: z.string(), reason: z.enum(rosterGapReasons), fillableBy: z.array(z.string()) })),
  violations: z.array(z.object({ rule: z.string(), shiftId: z.string(), staffId: z.string(), message: z.string() })),
  fairness: z.object({
    staff: z.array(z.object({ staffId: z.string(), count: z.number(), load: z.number(), normalizedLoad: z.number() })),
    countSpread: spreadSchema,
    loadSpread: spreadSchema,
    normalizedLoadSpread: spreadSchema,
  }),
  bound: z
    .object({ maxNormalizedLoad: z.number(), lowerBound: z.number(), gap: z.number(), relativeGap: z.number() })
    .nullable(),
  generation: z.object({ elapsedMs: z.number(), stoppedBy: z.string(), seed: z.number() }).nullable(),
});
export type RosterDetail = z.output<typeof rosterDetailSchema>;

/** One published shift of the connected staff member. */
export const myRosterShiftSchema = z.object({
  rosterId: z.uuid(),
  shiftId: z.string(),
  lineName: z.string(),
  kind: z.enum(rosterLineKinds),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});
export type MyRosterShift = z.output<typeof myRosterShiftSchema>;

export const myRosterQuerySchema = z.strictObject({ month: monthSchema });
