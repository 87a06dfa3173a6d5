import { z } from 'zod';
import { specialtyCodes } from '../establishments/specialties';
import { referralStatuses, referralUrgencies } from '../referrals/referral-state-machine';
import { referralTimers } from '../referrals/referral-timers';
import { pagedQuerySchema } from '../services/paged-query';
import { provinceCodeSchema } from '../territory/territory-codes';
import { indicatorSides } from './referral-indicators';

/**
 * `GET /api/referral-indicators/overdue`: the referrals of a GST whose timer has run out now (the steering view of the
 * escalations a GST director is notified of), with the indicators' filters. No patient is ever listed.
 */
export const overdueReferralsQuerySchema = pagedQuerySchema.extend({
  gstId: z.uuid(),
  specialtyCode: z.enum(specialtyCodes as [string, ...string[]]).optional(),
  provinceCode: provinceCodeSchema.optional(),
  establishmentId: z.uuid().optional(),
  side: z.enum(indicatorSides).default('destination'),
});
export type OverdueReferralsQuery = z.infer<typeof overdueReferralsQuerySchema>;

const placeSchema = z.object({ id: z.uuid(), nameFr: z.string(), nameAr: z.string().nullable() });

/** One overdue referral as the GST sees it: where, what, which timer, since when; never who. */
export const overdueReferralSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  specialtyCode: z.string(),
  urgency: z.enum(referralUrgencies),
  status: z.enum(referralStatuses),
  origin: placeSchema,
  destination: placeSchema,
  timer: z.enum(referralTimers),
  dueAt: z.string(),
  escalatedAt: z.string().nullable(),
});
export type OverdueReferral = z.infer<typeof overdueReferralSchema>;

export const overdueReferralPageSchema = z.object({
  items: z.array(overdueReferralSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type OverdueReferralPage = z.infer<typeof overdueReferralPageSchema>;
