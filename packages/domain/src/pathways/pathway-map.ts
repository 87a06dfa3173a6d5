import { z } from 'zod';
import {
  establishmentStatuses,
  establishmentTypes,
  type CareLevel,
  type EstablishmentStatus,
  type EstablishmentType,
} from '../establishments/establishment-types';
import { specialtyCodes } from '../establishments/specialties';
import { todayInMorocco } from '../lib/morocco-calendar';

/**
 * Specialty pathway maps (filières, issue #4 §1, DOMAIN.md §4): per GST and specialty, versioned with an effective
 * date. For each origin establishment: the destinations at the next level in order of preference, the maximum delays
 * per urgency, whether tele-expertise comes first, and where the patient is sent back (contre-référence).
 */

export const pathwayMapStatuses = ['draft', 'published'] as const;
export type PathwayMapStatus = (typeof pathwayMapStatuses)[number];

/** Where a new draft starts from: the generated default map, or a copy of the map in force. */
export const pathwayDraftSources = ['default', 'in_force'] as const;
export type PathwayDraftSource = (typeof pathwayDraftSources)[number];

/** At most this many ranked destinations per origin (the database accepts up to 10). */
export const maxPathwayDestinations = 5;

const specialtyCodeSchema = z.enum(specialtyCodes as [string, ...string[]]);
const isoDateSchema = z.iso.date();

/** What the generator and the validator know of an establishment of the GST. */
export interface PathwayEstablishment {
  id: string;
  code: string;
  nameFr: string;
  nameAr: string | null;
  type: EstablishmentType;
  level: CareLevel;
  status: EstablishmentStatus;
  provinceCode: string;
  lon: number;
  lat: number;
  /** The specialties of the establishment's services. */
  specialtyCodes: readonly string[];
}

/** One origin row of a map, by ids: what is stored, generated and validated. */
export interface PathwayOriginRow {
  originEstablishmentId: string;
  maxDelayRoutineDays: number;
  maxDelayUrgentDays: number;
  maxDelayEmergencyHours: number;
  teleexpertiseFirst: boolean;
  returnEstablishmentId: string;
  /** Destination establishments, rank 1 first. */
  destinationIds: string[];
}

/** An establishment as a map shows it. */
export const pathwayEstablishmentRefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  type: z.enum(establishmentTypes),
  status: z.enum(establishmentStatuses),
  provinceCode: z.string(),
});
export type PathwayEstablishmentRef = z.infer<typeof pathwayEstablishmentRefSchema>;

export const pathwayIssueCodes = [
  'unknown_establishment',
  'destination_lacks_specialty',
  'destination_not_higher',
  'destination_not_active',
  'duplicate_destination',
  'cycle',
  'primary_care_not_covered',
] as const;
export type PathwayIssueCode = (typeof pathwayIssueCodes)[number];

/** A problem of a map; `path` points at the origin row (and destination index) it is about. */
export const pathwayIssueSchema = z.object({
  code: z.enum(pathwayIssueCodes),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  originEstablishmentId: z.uuid(),
  destinationEstablishmentId: z.uuid().nullable(),
});
export type PathwayIssue = z.infer<typeof pathwayIssueSchema>;

/** One version of a map, without its rows. `revision` guards concurrent edits of a draft. */
export const pathwayMapSummarySchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  specialtyCode: z.string(),
  version: z.number().int(),
  revision: z.number().int(),
  status: z.enum(pathwayMapStatuses),
  effectiveFrom: z.string().nullable(),
  notes: z.string().nullable(),
  originCount: z.number().int(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  /** The published version in force today (latest effective date not after today). */
  inForce: z.boolean(),
});
export type PathwayMapSummary = z.infer<typeof pathwayMapSummarySchema>;

export const pathwayOriginSchema = z.object({
  origin: pathwayEstablishmentRefSchema,
  maxDelayRoutineDays: z.number().int(),
  maxDelayUrgentDays: z.number().int(),
  maxDelayEmergencyHours: z.number().int(),
  teleexpertiseFirst: z.boolean(),
  returnEstablishment: pathwayEstablishmentRefSchema,
  destinations: z.array(z.object({ rank: z.number().int(), establishment: pathwayEstablishmentRefSchema })),
});
export type PathwayOrigin = z.infer<typeof pathwayOriginSchema>;

/**
 * A map with its rows and its validation issues; `candidates` are the active establishments of the GST that offer
 * the specialty (the choices of a destination).
 */
export const pathwayMapSchema = pathwayMapSummarySchema.extend({
  origins: z.array(pathwayOriginSchema),
  /** The issues, with the establishments they name (null when not in the GST). */
  issues: z.array(
    pathwayIssueSchema.extend({
      origin: pathwayEstablishmentRefSchema.nullable(),
      destination: pathwayEstablishmentRefSchema.nullable(),
    }),
  ),
  candidates: z.array(pathwayEstablishmentRefSchema),
});
export type PathwayMap = z.infer<typeof pathwayMapSchema>;

export const pathwayMapListSchema = z.object({ items: z.array(pathwayMapSummarySchema) });
export type PathwayMapList = z.infer<typeof pathwayMapListSchema>;

export const listPathwayMapsQuerySchema = z.strictObject({
  gstId: z.uuid(),
  specialtyCode: specialtyCodeSchema.optional(),
});
export type ListPathwayMapsQuery = z.infer<typeof listPathwayMapsQuerySchema>;

/** Starts a new draft version of a specialty's map. */
export const createPathwayDraftInputSchema = z.strictObject({
  gstId: z.uuid(),
  specialtyCode: specialtyCodeSchema,
  source: z.enum(pathwayDraftSources).default('default'),
  notes: z.string().trim().max(500).nullable().default(null),
});
export type CreatePathwayDraftInput = z.infer<typeof createPathwayDraftInputSchema>;

/** The messages of the delay checks, so that forms can recognise and translate them. */
export const pathwayDelayMessages = {
  urgentLongerThanRoutine: 'An urgent delay cannot be longer than the routine delay',
  emergencyLongerThanUrgent: 'An emergency delay cannot be longer than the urgent delay',
} as const;

/** Edits (or adds) the row of one origin of a draft. */
export const updatePathwayOriginInputSchema = z
  .strictObject({
    revision: z.number().int().min(1),
    destinationIds: z
      .array(z.uuid())
      .min(1)
      .max(maxPathwayDestinations)
      .refine((ids) => new Set(ids).size === ids.length, 'A destination is listed twice'),
    maxDelayRoutineDays: z.number().int().min(1).max(365),
    maxDelayUrgentDays: z.number().int().min(1).max(60),
    maxDelayEmergencyHours: z.number().int().min(1).max(72),
    teleexpertiseFirst: z.boolean(),
    returnEstablishmentId: z.uuid(),
  })
  .superRefine((value, context) => {
    if (value.maxDelayUrgentDays > value.maxDelayRoutineDays) {
      context.addIssue({
        code: 'custom',
        path: ['maxDelayUrgentDays'],
        message: pathwayDelayMessages.urgentLongerThanRoutine,
      });
    }
    if (value.maxDelayEmergencyHours > value.maxDelayUrgentDays * 24) {
      context.addIssue({
        code: 'custom',
        path: ['maxDelayEmergencyHours'],
        message: pathwayDelayMessages.emergencyLongerThanUrgent,
      });
    }
  });
export type UpdatePathwayOriginInput = z.infer<typeof updatePathwayOriginInputSchema>;

/** Publishes a draft from an effective date, today (Morocco time) or later. */
export const publishPathwayMapInputSchema = z.strictObject({
  revision: z.number().int().min(1),
  effectiveFrom: isoDateSchema.refine((day) => day >= todayInMorocco(), 'The effective date cannot be in the past'),
});
export type PublishPathwayMapInput = z.infer<typeof publishPathwayMapInputSchema>;

/** Discards a draft, as last read (the revision travels in the query string of the DELETE). */
export const discardPathwayDraftInputSchema = z.strictObject({ revision: z.coerce.number().int().min(1) });
export type DiscardPathwayDraftInput = z.infer<typeof discardPathwayDraftInputSchema>;

export const pathwayOriginParamsSchema = z.strictObject({ id: z.uuid(), originId: z.uuid() });

export const pathwayFlowsQuerySchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type PathwayFlowsQuery = z.infer<typeof pathwayFlowsQuerySchema>;

const flowEndSchema = pathwayEstablishmentRefSchema.extend({ lon: z.number(), lat: z.number() });

/**
 * The arrows of a map: each origin → destination route with its rank (null for referrals sent off the pathway) and
 * the referrals sent on it in the period.
 */
export const pathwayFlowsSchema = z.object({
  mapId: z.uuid(),
  from: z.string(),
  to: z.string(),
  routes: z.array(
    z.object({
      origin: flowEndSchema,
      destination: flowEndSchema,
      rank: z.number().int().nullable(),
      volume: z.number().int(),
    }),
  ),
});
export type PathwayFlows = z.infer<typeof pathwayFlowsSchema>;
