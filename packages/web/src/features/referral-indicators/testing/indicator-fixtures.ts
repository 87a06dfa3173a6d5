import type { ReferralIndicatorRow, ReferralMeasures } from '@tansiq/domain';

const delay = (median: number | null, p90: number | null) => ({ median, p90 });

/** Measures of a group, with overrides. */
export const measures = (overrides: Partial<ReferralMeasures> = {}): ReferralMeasures => ({
  referrals: 9,
  inPathway: 5,
  inPathwayShare: 5 / 9,
  accepted: 7,
  declined: 2,
  redirected: 1,
  booked: 5,
  noShows: 1,
  attended: 4,
  counterReferred: 2,
  declineRate: 2 / 9,
  redirectRate: 1 / 9,
  noShowRate: 0.2,
  counterReferralCompletion: 0.5,
  delays: {
    acceptance: delay(4, 6.8),
    appointment: delay(14, 17.2),
    attendance: delay(null, null),
    counterReferral: delay(null, null),
  },
  teleexpertise: { requests: 6, answered: 5, medianResponseHours: 6, adviceOnlyShare: 0.6 },
  ...overrides,
});

/** A row of the indicators table. */
export const row = (key: string, labelFr: string, overrides: Partial<ReferralMeasures> = {}): ReferralIndicatorRow => ({
  key,
  labelFr,
  labelAr: null,
  byStatus: { sent: 1 },
  ...measures(overrides),
});
