import { z } from 'zod';
import { specialtyCodes } from '../establishments/specialties';
import { provinceCodeSchema } from '../territory/territory-codes';

const isoDateSchema = z.iso.date();
const specialtyCodeSchema = z.enum(specialtyCodes as [string, ...string[]]);

/** Which end of a referral the establishment and province filters and groups read: where it left or where it went. */
export const indicatorSides = ['origin', 'destination'] as const;
export type IndicatorSide = (typeof indicatorSides)[number];

export const indicatorGroupings = ['specialty', 'establishment', 'province', 'month'] as const;
export type IndicatorGrouping = (typeof indicatorGroupings)[number];

/**
 * A cell's delay percentiles are published only when at least this many of its referrals reached the step: below it a
 * median describes one or two patients, which is neither meaningful nor anonymous enough for a dashboard.
 */
export const MINIMUM_DELAY_OBSERVATIONS = 5;

const periodFields = {
  gstId: z.uuid(),
  from: isoDateSchema,
  to: isoDateSchema,
  specialtyCode: specialtyCodeSchema.optional(),
  provinceCode: provinceCodeSchema.optional(),
  establishmentId: z.uuid().optional(),
  side: z.enum(indicatorSides).default('destination'),
};

const periodInOrder = (query: { from: string; to: string }) => query.from <= query.to;
const periodIssue = { message: 'The period ends before it starts', path: ['to'] };

/** `GET /api/referral-indicators`: a GST, a period (ISO dates, both included, Morocco time), filters and a grouping. */
export const referralIndicatorsQuerySchema = z
  .strictObject({ ...periodFields, groupBy: z.enum(indicatorGroupings).default('specialty') })
  .refine(periodInOrder, periodIssue);
export type ReferralIndicatorsQuery = z.infer<typeof referralIndicatorsQuerySchema>;

/** `GET /api/referral-indicators/flows`: the same filters, no grouping (one arrow per origin → destination). */
export const referralFlowsQuerySchema = z.strictObject(periodFields).refine(periodInOrder, periodIssue);
export type ReferralFlowsQuery = z.infer<typeof referralFlowsQuerySchema>;

/** Median and 90th percentile of a delay, in days from sending; null when too few referrals reached the step. */
export const delaySchema = z.object({ median: z.number().nullable(), p90: z.number().nullable() });
export type Delay = z.infer<typeof delaySchema>;

/** Referral counts, shares and delays of one group (or of the whole selection). Rates are ratios 0–1, null on 0/0. */
export const referralMeasuresSchema = z.object({
  referrals: z.number().int(),
  inPathway: z.number().int(),
  inPathwayShare: z.number().nullable(),
  accepted: z.number().int(),
  declined: z.number().int(),
  redirected: z.number().int(),
  booked: z.number().int(),
  noShows: z.number().int(),
  attended: z.number().int(),
  counterReferred: z.number().int(),
  declineRate: z.number().nullable(),
  redirectRate: z.number().nullable(),
  /** No-shows among booked referrals. */
  noShowRate: z.number().nullable(),
  /** Counter-referrals among attended referrals. */
  counterReferralCompletion: z.number().nullable(),
  delays: z.object({
    acceptance: delaySchema,
    appointment: delaySchema,
    attendance: delaySchema,
    counterReferral: delaySchema,
  }),
  /** Tele-expertise requests asked in the period, their median answer time in hours, the share answered as advice. */
  teleexpertise: z.object({
    requests: z.number().int(),
    answered: z.number().int(),
    medianResponseHours: z.number().nullable(),
    adviceOnlyShare: z.number().nullable(),
  }),
});
export type ReferralMeasures = z.infer<typeof referralMeasuresSchema>;

/** One row of the indicators: its key (a specialty code, an establishment id, a province code or a `YYYY-MM`). */
export const referralIndicatorRowSchema = referralMeasuresSchema.extend({
  key: z.string(),
  labelFr: z.string().nullable(),
  labelAr: z.string().nullable(),
  /** Referrals of the group by current status, for the stacked monthly chart. */
  byStatus: z.record(z.string(), z.number().int()),
});
export type ReferralIndicatorRow = z.infer<typeof referralIndicatorRowSchema>;

export const referralIndicatorsSchema = z.object({
  gstId: z.uuid(),
  from: z.string(),
  to: z.string(),
  side: z.enum(indicatorSides),
  groupBy: z.enum(indicatorGroupings),
  rows: z.array(referralIndicatorRowSchema),
  totals: referralMeasuresSchema,
});
export type ReferralIndicators = z.infer<typeof referralIndicatorsSchema>;

const flowEndSchema = z.object({
  id: z.uuid(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  lon: z.number(),
  lat: z.number(),
});

/** Referrals sent on each origin → destination route in the period, with the ends' coordinates for the flow map. */
export const referralFlowsSchema = z.object({
  gstId: z.uuid(),
  from: z.string(),
  to: z.string(),
  routes: z.array(
    z.object({
      origin: flowEndSchema,
      destination: flowEndSchema,
      referrals: z.number().int(),
      inPathway: z.number().int(),
    }),
  ),
});
export type ReferralFlows = z.infer<typeof referralFlowsSchema>;
