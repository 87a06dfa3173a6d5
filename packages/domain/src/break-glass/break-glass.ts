import { z } from 'zod';

/**
 * Break-the-glass (issue #3 §10, DOMAIN.md §9): a clinician opens a patient of the GST outside any care relationship,
 * after giving a reason. The access is exceptional, lasts 4 hours, is audited at start and stop, and is reviewed
 * afterwards by the GST's data-protection officer.
 */

export const breakGlassReasonCodes = ['emergency', 'unconscious_patient', 'continuity_of_care', 'other'] as const;
export type BreakGlassReasonCode = (typeof breakGlassReasonCodes)[number];

/** How long a break-the-glass access lasts unless ended earlier. */
export const BREAK_GLASS_DURATION_HOURS = 4;

export const breakGlassReviewStatuses = ['pending', 'justified', 'unjustified'] as const;
export type BreakGlassReviewStatus = (typeof breakGlassReviewStatuses)[number];

/** Where an access stands now: still open, ended by its user, or run out (closed at its expiry). */
export const breakGlassStates = ['running', 'ended', 'expired'] as const;
export type BreakGlassState = (typeof breakGlassStates)[number];

/** The shortest reason text accepted: a word or two is not a justification the DPO can review. */
export const breakGlassReasonTextMinLength = 10;

/** Starts a break-the-glass access to a patient. */
export const startBreakGlassInputSchema = z.strictObject({
  reasonCode: z.enum(breakGlassReasonCodes),
  reasonText: z.string().trim().min(breakGlassReasonTextMinLength).max(1000),
});
export type StartBreakGlassInput = z.infer<typeof startBreakGlassInputSchema>;

/** A break-the-glass access as its user sees it. */
export const breakGlassAccessSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  patientId: z.uuid(),
  userId: z.uuid(),
  establishmentId: z.uuid().nullable(),
  reasonCode: z.enum(breakGlassReasonCodes),
  reasonText: z.string(),
  startedAt: z.string(),
  expiresAt: z.string(),
  endedAt: z.string().nullable(),
  state: z.enum(breakGlassStates),
  reviewStatus: z.enum(breakGlassReviewStatuses),
});
export type BreakGlassAccess = z.infer<typeof breakGlassAccessSchema>;

/** The state of an access at `now`: an end time wins, then the expiry. */
export function breakGlassStateAt(
  access: { expiresAt: string; endedAt: string | null },
  now: Date = new Date(),
): BreakGlassState {
  if (access.endedAt !== null) {
    return Date.parse(access.endedAt) < Date.parse(access.expiresAt) ? 'ended' : 'expired';
  }
  return Date.parse(access.expiresAt) > now.getTime() ? 'running' : 'expired';
}

/** How long the access lasted (or has lasted so far), in whole minutes. */
export function breakGlassDurationMinutes(
  access: { startedAt: string; expiresAt: string; endedAt: string | null },
  now: Date = new Date(),
): number {
  const end = access.endedAt ? Date.parse(access.endedAt) : Math.min(Date.parse(access.expiresAt), now.getTime());
  return Math.max(0, Math.round((end - Date.parse(access.startedAt)) / 60_000));
}

/** The DPO's list: filters and paging. Without a GST, the GSTs the caller reviews. */
export const listBreakGlassAccessesQuerySchema = z.strictObject({
  gstId: z.uuid().optional(),
  status: z.enum(breakGlassReviewStatuses).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListBreakGlassAccessesQuery = z.infer<typeof listBreakGlassAccessesQuerySchema>;

/** One access in the DPO's review: who, which patient, when, why, for how long, and what they did meanwhile. */
export const breakGlassReviewItemSchema = breakGlassAccessSchema.extend({
  user: z.object({ id: z.uuid(), username: z.string(), displayName: z.string() }),
  establishment: z
    .object({ id: z.uuid(), code: z.string(), nameFr: z.string(), nameAr: z.string().nullable() })
    .nullable(),
  patient: z.object({
    id: z.uuid(),
    regionalId: z.string(),
    givenNameLatin: z.string().nullable(),
    familyNameLatin: z.string().nullable(),
    givenNameArabic: z.string().nullable(),
    familyNameArabic: z.string().nullable(),
  }),
  durationMinutes: z.number().int(),
  /** Audit events the user produced on this patient during the access (the start and end themselves excluded). */
  auditEventCount: z.number().int(),
  /** The same events counted by action, so the DPO sees what was done (opened, read the timeline, recorded…). */
  actions: z.array(z.object({ action: z.string(), count: z.number().int() })),
  reviewedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type BreakGlassReviewItem = z.infer<typeof breakGlassReviewItemSchema>;

export const breakGlassReviewPageSchema = z.object({
  items: z.array(breakGlassReviewItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type BreakGlassReviewPage = z.infer<typeof breakGlassReviewPageSchema>;

/** The DPO's decision on one access; an access judged unjustified needs a note saying why. */
export const reviewBreakGlassInputSchema = z
  .strictObject({
    decision: z.enum(['justified', 'unjustified']),
    note: z
      .string()
      .trim()
      .max(2000)
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .default(null),
  })
  .superRefine((value, context) => {
    if (value.decision === 'unjustified' && value.note === null) {
      context.addIssue({ code: 'custom', path: ['note'], message: 'Say why this access was not justified' });
    }
  });
export type ReviewBreakGlassInput = z.infer<typeof reviewBreakGlassInputSchema>;
