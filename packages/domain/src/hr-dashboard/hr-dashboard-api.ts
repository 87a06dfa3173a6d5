import { z } from 'zod';
import { establishmentTypes } from '../establishments/establishment-types';
import { cadreSchema } from '../staff/cadres';
import { provinceCodeSchema } from '../territory/territory-codes';
import { wisnPressures } from '../wisn/wisn-pressure';
import { hrDashboardMonthSchema } from './hr-dashboard-period';

/**
 * `GET /api/hr-dashboard` (issue #5 §9): the HR dashboards of a GST for a month, optionally one province. Aggregates
 * only: counts, rates and request ids, never a person's name. Figures are defined in docs/hr-dashboard.md.
 */
export const hrDashboardQuerySchema = z.strictObject({
  gstId: z.uuid(),
  /** Default: the current month in Morocco. */
  month: hrDashboardMonthSchema.optional(),
  provinceCode: provinceCodeSchema.optional(),
});
export type HrDashboardQuery = z.infer<typeof hrDashboardQuerySchema>;

const count = z.number().int().min(0);
const headcountShape = { headcount: count, doctors: count, nursesAndMidwives: count, paramedical: count };
const densityShape = {
  population: count,
  doctorsPer10k: z.number(),
  paramedicalPer10k: z.number(),
  /** Doctors + nurses + midwives per 10,000 inhabitants, against the 23 threshold. */
  densityPer10k: z.number(),
  meetsThreshold: z.boolean(),
  shortfallToThreshold: count,
};
const percentiles = {
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  medianWorkingDays: z.number().nullable(),
  p90WorkingDays: z.number().nullable(),
};

export const hrDashboardEstablishmentSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  type: z.enum(establishmentTypes),
  provinceCode: z.string(),
  lon: z.number(),
  lat: z.number(),
});
export type HrDashboardEstablishment = z.infer<typeof hrDashboardEstablishmentSchema>;

export const hrDashboardSchema = z.object({
  gstId: z.uuid(),
  month: z.string(),
  /** The day headcount, vacancies and WISN staff are counted on; the 12-month window of flows and decisions. */
  day: z.string(),
  windowFrom: z.string(),
  windowTo: z.string(),
  provinceCode: z.string().nullable(),
  /** `establishment`: the actor reads their establishment(s) only, without province densities. */
  scope: z.enum(['gst', 'province', 'establishment']),
  /** The GST's provinces (RGPH 2024 population, public) and every establishment the figures name. */
  provinces: z.array(z.object({ code: z.string(), nameFr: z.string(), nameAr: z.string(), population: count })),
  establishments: z.array(hrDashboardEstablishmentSchema),
  benchmarks: z.object({
    nationalDoctorsPer10k: z.number(),
    nationalParamedicalPer10k: z.number(),
    thresholdPer10k: z.number(),
  }),
  headcount: z.object({
    totals: z.object({ ...headcountShape, density: z.object(densityShape).nullable() }),
    byProvince: z.array(z.object({ provinceCode: z.string(), ...headcountShape, ...densityShape })),
    byCadre: z.array(z.object({ cadre: cadreSchema, headcount: count })),
    byCadreAndProvince: z.array(z.object({ cadre: cadreSchema, provinceCode: z.string(), headcount: count })),
    byEstablishment: z.array(z.object({ establishmentId: z.uuid(), ...headcountShape })),
  }),
  vacancies: z.object({
    totals: z.object({ budgeted: z.number(), filled: z.number(), vacant: z.number(), overStaffed: z.number() }),
    byEstablishment: z.array(
      z.object({
        establishmentId: z.uuid(),
        budgeted: z.number(),
        filled: z.number(),
        vacant: z.number(),
        overStaffed: z.number(),
        vacancyRate: z.number().nullable(),
      }),
    ),
  }),
  wisn: z.object({
    year: z.number().int(),
    rowCount: count,
    bands: z.array(z.object({ pressure: z.enum(wisnPressures), count })),
    /** Establishments whose all-cadre ratio is a shortage or a severe shortage. */
    establishmentsInShortage: count,
    missingStandards: count,
  }),
  mobility: z.object({
    totals: z.object({ approved: count, pending: count }),
    flows: z.array(z.object({ originId: z.uuid(), destinationId: z.uuid(), approved: count, pending: count })),
  }),
  onCall: z.object({
    totals: z.object({ lines: count, shifts: count, gaps: count, linesWithoutRoster: count }),
    lines: z.array(
      z.object({
        lineId: z.uuid(),
        name: z.string(),
        kind: z.enum(['garde', 'astreinte']),
        establishmentIds: z.array(z.uuid()),
        rosterId: z.uuid().nullable(),
        rosterStatus: z.enum(['draft', 'published']).nullable(),
        shifts: count,
        gaps: count,
        /** The days with at least one unfilled shift. */
        gapDays: z.array(z.string()),
      }),
    ),
  }),
  timeToDecision: z.object({
    byType: z.array(
      z.object({
        type: z.string(),
        decided: count,
        approved: count,
        rejected: count,
        undecided: count,
        ...percentiles,
      }),
    ),
    byMonth: z.array(z.object({ month: z.string(), decided: count, ...percentiles })),
    pending: z.array(
      z.object({
        requestId: z.uuid(),
        type: z.string(),
        status: z.enum(['pending', 'returned']),
        originEstablishmentId: z.uuid(),
        destinationEstablishmentId: z.uuid().nullable(),
        firstSubmittedAt: z.string(),
        ageDays: count,
        ageWorkingDays: count,
      }),
    ),
  }),
});
export type HrDashboard = z.infer<typeof hrDashboardSchema>;
