import { z } from 'zod';
import { icd10CodeSchema } from '../encounters/encounter';
import { establishmentTypes } from '../establishments/establishment-types';
import { referralActions, referralStatuses, referralUrgencies } from './referral-state-machine';
import { referralTimers, timerStates } from './referral-timers';

/**
 * Referral schemas (issue #4 §3): what a clinician writes, what each step of the loop takes, and what the API answers.
 * Clinical content (reason, summary, counter-referral) is for clinicians; the desk sees it masked, like the timeline.
 */
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const version = z.number().int().min(1);

export const createReferralInputSchema = z
  .object({
    patientId: z.uuid(),
    originEstablishmentId: z.uuid(),
    specialtyCode: text(64),
    urgency: z.enum(referralUrgencies),
    destinationEstablishmentId: z.uuid(),
    reason: text(500),
    clinicalSummary: text(10_000),
    /** Required when the destination is not in the pathway map of the origin: recorded and counted. */
    offPathwayJustification: optionalText(2_000),
    /** Send at once (the usual case, and always for an emergency transfer), or keep as a draft. */
    send: z.boolean().default(true),
    sourceTeleexpertiseId: z.uuid().nullable().default(null),
  })
  .strict();
export type CreateReferralInput = z.infer<typeof createReferralInputSchema>;

/**
 * `PATCH /api/referrals/:id`: what the sender may still change in a draft (a sent referral is answered, not edited).
 * An emergency transfer is never a draft: it is written and sent at once.
 */
export const editReferralInputSchema = z
  .object({
    version,
    urgency: z.enum(['routine', 'urgent']).optional(),
    destinationEstablishmentId: z.uuid().optional(),
    reason: text(500).optional(),
    clinicalSummary: text(10_000).optional(),
    offPathwayJustification: z.string().trim().max(2_000).nullable().optional(),
  })
  .strict();
export type EditReferralInput = z.infer<typeof editReferralInputSchema>;

export const declineReasons = [
  'not_indicated',
  'wrong_specialty',
  'incomplete_information',
  'better_treated_elsewhere',
  'capacity',
  'other',
] as const;
export type DeclineReason = (typeof declineReasons)[number];

export const referralVersionInputSchema = z.object({ version }).strict();
export const declineReferralInputSchema = z
  .object({ version, reason: z.enum(declineReasons), advice: text(4_000) })
  .strict();
export const redirectReferralInputSchema = z
  .object({ version, destinationEstablishmentId: z.uuid(), note: text(2_000) })
  .strict();
export const cancelReferralInputSchema = z.object({ version, reason: text(1_000) }).strict();
export const counterReferralInputSchema = z
  .object({
    version,
    findings: text(10_000),
    diagnosis: optionalText(500),
    icd10Code: icd10CodeSchema.nullable().default(null),
    treatment: text(10_000),
    recommendations: text(10_000),
    followUp: text(4_000),
  })
  .strict();
export type DeclineReferralInput = z.infer<typeof declineReferralInputSchema>;
export type RedirectReferralInput = z.infer<typeof redirectReferralInputSchema>;
export type CancelReferralInput = z.infer<typeof cancelReferralInputSchema>;
export type CounterReferralInput = z.infer<typeof counterReferralInputSchema>;

/** The counter-referral (contre-référence) as stored and shown: the report sent back to the origin. */
export const counterReferralSchema = z.object({
  findings: z.string(),
  diagnosis: z.string().nullable(),
  icd10Code: z.string().nullable(),
  treatment: z.string(),
  recommendations: z.string(),
  followUp: z.string(),
});
export type CounterReferral = z.infer<typeof counterReferralSchema>;

const establishmentRefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  type: z.enum(establishmentTypes),
});
export type ReferralEstablishment = z.infer<typeof establishmentRefSchema>;

export const referralTimerViewSchema = z.object({
  timer: z.enum(referralTimers),
  dueAt: z.string().nullable(),
  state: z.enum(timerStates),
});

export const referralAppointmentSchema = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(['in_person', 'teleconsultation']),
  status: z.enum(['booked', 'attended', 'no_show', 'cancelled']),
  videoUrl: z.string().nullable(),
});

/** A referral as listed in the worklists. */
export const referralSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(referralStatuses),
  urgency: z.enum(referralUrgencies),
  specialtyCode: z.string(),
  patient: z.object({ id: z.uuid(), regionalId: z.string(), displayName: z.string() }),
  origin: establishmentRefSchema,
  destination: establishmentRefSchema,
  sender: z.object({ userId: z.uuid(), displayName: z.string() }),
  inPathway: z.boolean(),
  sentAt: z.string().nullable(),
  appointment: referralAppointmentSchema.nullable(),
  timers: z.array(referralTimerViewSchema),
  overdue: z.boolean(),
  updatedAt: z.string(),
});
export type ReferralSummary = z.infer<typeof referralSummarySchema>;

export const referralEventSchema = z.object({
  sequence: z.number().int(),
  action: z.string(),
  fromStatus: z.enum(referralStatuses).nullable(),
  toStatus: z.enum(referralStatuses),
  actor: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
  establishmentId: z.uuid().nullable(),
  details: z.record(z.string(), z.unknown()),
  occurredAt: z.string(),
});
export type ReferralEvent = z.infer<typeof referralEventSchema>;

export const attachmentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const attachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.enum(attachmentMediaTypes),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A referral opened whole: its content (masked for the desk), its history, attachments and what the actor may do. */
export const referralSchema = referralSummarySchema.extend({
  reason: z.string().nullable(),
  clinicalSummary: z.string().nullable(),
  returnEstablishment: establishmentRefSchema,
  pathway: z.object({ mapId: z.uuid(), rank: z.number().int() }).nullable(),
  offPathwayJustification: z.string().nullable(),
  decline: z.object({ reason: z.enum(declineReasons), advice: z.string().nullable() }).nullable(),
  cancelReason: z.string().nullable(),
  counterReferral: counterReferralSchema.nullable(),
  sourceTeleexpertiseId: z.uuid().nullable(),
  events: z.array(referralEventSchema),
  attachments: z.array(attachmentSchema),
  allowedActions: z.array(z.enum(referralActions)),
  redacted: z.boolean(),
  version: z.number().int(),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralWorklists = [
  'sent_by_me',
  'sent_from_here',
  'to_close',
  'to_triage',
  'to_book',
  'upcoming',
  'to_counter_refer',
  'overdue',
  'closed',
] as const;
export type ReferralWorklist = (typeof referralWorklists)[number];

export const listReferralsQuerySchema = z
  .object({
    establishmentId: z.uuid(),
    worklist: z.enum(referralWorklists),
    specialtyCode: z.string().min(1).max(64).optional(),
    urgency: z.enum(referralUrgencies).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type ListReferralsQuery = z.infer<typeof listReferralsQuerySchema>;

export const referralPageSchema = z.object({
  items: z.array(referralSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ReferralPage = z.infer<typeof referralPageSchema>;

/** Booking (or rescheduling) a referral's appointment on a free slot of the destination service's sessions. */
export const bookReferralInputSchema = z
  .object({
    version,
    scheduleId: z.uuid(),
    sessionDate: z.iso.date(),
    slotIndex: z.number().int().min(0).max(199),
  })
  .strict();
export type BookReferralInput = z.infer<typeof bookReferralInputSchema>;

/** Where a referral could go: asked by the form while the clinician writes it. */
export const referralDestinationsQuerySchema = z
  .object({
    originEstablishmentId: z.uuid(),
    specialtyCode: z.string().min(1).max(64),
    urgency: z.enum(referralUrgencies),
  })
  .strict();
export type ReferralDestinationsQuery = z.infer<typeof referralDestinationsQuerySchema>;

/** Why a destination is ranked where it is. */
export const destinationReasons = [
  'pathway_rank',
  'off_pathway',
  'nearest',
  'earliest_slot',
  'shortest_wait',
  'beds_available',
  'no_free_slot',
] as const;
export type DestinationReason = (typeof destinationReasons)[number];

export const referralDestinationOptionSchema = z.object({
  establishment: establishmentRefSchema,
  pathwayRank: z.number().int().nullable(),
  distanceKm: z.number(),
  earliestSlot: z.object({ startsAt: z.string(), mode: z.enum(['in_person', 'teleconsultation']) }).nullable(),
  /** Median days from sending to the appointment over the last 90 days (null: too few referrals to say). */
  medianWaitDays: z.number().nullable(),
  /** Referrals accepted or waitlisted and not yet booked at this service now. */
  backlog: z.number().int(),
  beds: z.object({ available: z.number().int(), updatedAt: z.string() }).nullable(),
  directBooking: z.boolean(),
  reasons: z.array(z.enum(destinationReasons)),
  recommended: z.boolean(),
});
export type ReferralDestinationOption = z.infer<typeof referralDestinationOptionSchema>;

export const referralDestinationsSchema = z.object({
  pathway: z
    .object({
      mapId: z.uuid(),
      version: z.number().int(),
      teleexpertiseFirst: z.boolean(),
      /** The pathway's maximum delay for this urgency, in days (hours / 24 for an emergency). */
      maxDelayDays: z.number(),
    })
    .nullable(),
  options: z.array(referralDestinationOptionSchema),
});
export type ReferralDestinations = z.infer<typeof referralDestinationsSchema>;
