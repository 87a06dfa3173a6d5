import { referralUrgencies, referralWorklists } from '@tansiq/domain';
import { z } from 'zod';

/** What the worklists page keeps in its URL: establishment, tab, filters and page. */
export const referralWorklistFiltersSchema = z.object({
  establishmentId: z.uuid().optional().catch(undefined),
  worklist: z.enum(referralWorklists).optional().catch(undefined),
  specialtyCode: z.string().min(1).max(64).optional().catch(undefined),
  urgency: z.enum(referralUrgencies).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
export type ReferralWorklistFilters = z.output<typeof referralWorklistFiltersSchema>;

/** Reads the URL's search params; anything unreadable falls back to the default rather than an error page. */
export const parseReferralWorklistFilters = (search: Record<string, unknown>): ReferralWorklistFilters =>
  referralWorklistFiltersSchema.parse(search);

/** What the new referral page takes: the patient to refer. */
export const newReferralSearchSchema = z.object({
  patientId: z.uuid().optional().catch(undefined),
  /** A tele-expertise request answered with a referral: the form starts from its prefilled content. */
  fromTeleexpertise: z.uuid().optional().catch(undefined),
});
