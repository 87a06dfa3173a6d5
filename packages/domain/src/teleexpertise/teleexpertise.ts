import { z } from 'zod';
import { icd10CodeSchema } from '../encounters/encounter';
import { establishmentTypes } from '../establishments/establishment-types';
import { attachmentSchema, referralAppointmentSchema } from '../referrals/referral';
import { teleexpertiseActions, teleexpertiseAnswerKinds, teleexpertiseStatuses } from './teleexpertise-state-machine';

/**
 * Tele-expertise schemas (issue #4 §6): the question a clinician asks, the specialist's answer, the teleconsultation
 * it may lead to (§7) and its report, and what the API answers.
 */
const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().min(1);

export const createTeleexpertiseInputSchema = z
  .object({
    patientId: z.uuid(),
    originEstablishmentId: z.uuid(),
    specialtyCode: text(64),
    destinationEstablishmentId: z.uuid(),
    question: text(10_000),
  })
  .strict();
export type CreateTeleexpertiseInput = z.infer<typeof createTeleexpertiseInputSchema>;

export const answerTeleexpertiseInputSchema = z
  .object({ version, kind: z.enum(teleexpertiseAnswerKinds), text: text(10_000) })
  .strict();
export type AnswerTeleexpertiseInput = z.infer<typeof answerTeleexpertiseInputSchema>;

export const cancelTeleexpertiseInputSchema = z.object({ version }).strict();
export type CancelTeleexpertiseInput = z.infer<typeof cancelTeleexpertiseInputSchema>;

/** Calling a booked teleconsultation off (either end): why, kept on the appointment. The slot is freed. */
export const cancelTeleconsultationInputSchema = z.object({ reason: z.string().trim().min(1).max(1_000) }).strict();
export type CancelTeleconsultationInput = z.infer<typeof cancelTeleconsultationInputSchema>;

/** Booking the proposed teleconsultation on a free teleconsultation slot of the destination service. */
export const bookTeleconsultationInputSchema = z
  .object({
    scheduleId: z.uuid(),
    sessionDate: z.iso.date(),
    slotIndex: z.number().int().min(0).max(199),
  })
  .strict();
export type BookTeleconsultationInput = z.infer<typeof bookTeleconsultationInputSchema>;

/** The remote specialist's report of a teleconsultation: it goes to the patient's timeline. */
export const teleconsultationReportInputSchema = z
  .object({
    findings: text(10_000),
    diagnosis: z.string().trim().max(500).nullable().default(null),
    icd10Code: icd10CodeSchema.nullable().default(null),
    recommendations: text(10_000),
  })
  .strict();
export type TeleconsultationReportInput = z.infer<typeof teleconsultationReportInputSchema>;

const placeSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  type: z.enum(establishmentTypes),
});

/** A request as listed in the worklists. */
export const teleexpertiseSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(teleexpertiseStatuses),
  specialtyCode: z.string(),
  patient: z.object({ id: z.uuid(), regionalId: z.string(), displayName: z.string() }),
  origin: placeSchema,
  destination: placeSchema,
  requester: z.object({ userId: z.uuid(), displayName: z.string() }),
  askedAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  answerKind: z.enum(teleexpertiseAnswerKinds).nullable(),
  answeredAt: z.string().nullable(),
});
export type TeleexpertiseSummary = z.infer<typeof teleexpertiseSummarySchema>;

/** What the referral form is opened with when the answer converts the request to a referral. */
export const referralPrefillSchema = z.object({
  patientId: z.uuid(),
  originEstablishmentId: z.uuid(),
  specialtyCode: z.string(),
  destinationEstablishmentId: z.uuid(),
  reason: z.string(),
  clinicalSummary: z.string(),
  sourceTeleexpertiseId: z.uuid(),
});
export type ReferralPrefill = z.infer<typeof referralPrefillSchema>;

export const teleconsultationReportSchema = z.object({
  findings: z.string(),
  diagnosis: z.string().nullable(),
  icd10Code: z.string().nullable(),
  recommendations: z.string(),
  author: z.object({ userId: z.uuid(), displayName: z.string() }),
  reportedAt: z.string(),
});
export type TeleconsultationReport = z.infer<typeof teleconsultationReportSchema>;

/** A request opened whole: question, answer, files, teleconsultation, and what the actor may do. */
export const teleexpertiseSchema = teleexpertiseSummarySchema.extend({
  question: z.string(),
  answer: z
    .object({
      kind: z.enum(teleexpertiseAnswerKinds),
      text: z.string(),
      author: z.object({ userId: z.uuid(), displayName: z.string() }),
      answeredAt: z.string(),
    })
    .nullable(),
  referralPrefill: referralPrefillSchema.nullable(),
  /** The referral this request was converted into, once it was sent. */
  referralId: z.uuid().nullable(),
  appointment: referralAppointmentSchema.nullable(),
  report: teleconsultationReportSchema.nullable(),
  attachments: z.array(attachmentSchema),
  allowedActions: z.array(z.enum(teleexpertiseActions)),
  version: z.number().int(),
});
export type Teleexpertise = z.infer<typeof teleexpertiseSchema>;

export const teleexpertiseWorklists = ['asked_by_me', 'asked_from_here', 'to_answer', 'answered'] as const;
export type TeleexpertiseWorklist = (typeof teleexpertiseWorklists)[number];

export const listTeleexpertiseQuerySchema = z
  .object({
    establishmentId: z.uuid(),
    worklist: z.enum(teleexpertiseWorklists),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();
export type ListTeleexpertiseQuery = z.infer<typeof listTeleexpertiseQuerySchema>;

export const teleexpertisePageSchema = z.object({
  items: z.array(teleexpertiseSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TeleexpertisePage = z.infer<typeof teleexpertisePageSchema>;

/** The free teleconsultation slots of the request's destination service, for the booking form. */
export const teleconsultationSlotSchema = z.object({
  scheduleId: z.uuid(),
  sessionDate: z.string(),
  slotIndex: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
});
export type TeleconsultationSlot = z.infer<typeof teleconsultationSlotSchema>;
