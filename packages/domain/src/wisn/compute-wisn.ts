import { z } from 'zod';
import type { EstablishmentType } from '../establishments/establishment-types';
import type { Cadre } from '../staff/cadres';
import {
  availableWorkingHours,
  categoryAllowanceFactor,
  individualAllowanceFactor,
  requiredStaff,
  staffForActivity,
  standardWorkload,
  wisnRatio,
} from './wisn-formulas';
import { defaultWisnPressureBands, wisnPressure, wisnPressureBandsSchema, type WisnPressure } from './wisn-pressure';
import {
  availableWorkingDays,
  categoryAllowancePercent,
  wisnActivityCodeSchema,
  wisnStandardSchema,
  type AvailableWorkingTime,
  type ServiceStandard,
  type WisnStandard,
} from './wisn-standard';

/** Annual workload per activity code (e.g. 5,376 curative consultations a year). */
export const wisnWorkloadSchema = z.record(wisnActivityCodeSchema, z.number().min(0).max(1e9));
export type WisnWorkload = z.infer<typeof wisnWorkloadSchema>;

/** One WISN computation for one establishment and cadre, as a request body (e.g. a "try these figures" form). */
export const wisnInputSchema = z.object({
  standard: wisnStandardSchema,
  workload: wisnWorkloadSchema,
  /** Staff in post, in full-time equivalents (a person shared between establishments counts by time share). */
  actualStaff: z.number().min(0).max(100_000),
  /** Staff doing each individual allowance task here, when it differs from the standard's default. */
  individualAllowanceStaffCounts: z.record(wisnActivityCodeSchema, z.number().min(0).max(1000)).optional(),
  bands: wisnPressureBandsSchema.optional(),
});
export type WisnInput = z.infer<typeof wisnInputSchema>;

/** One service activity's step: its standard, SW_i, the workload and the staff it needs. */
export interface WisnActivityStep {
  activityCode: string;
  label: string;
  standard: ServiceStandard;
  /** SW_i: activities one staff member can do in a year. */
  standardWorkload: number;
  annualWorkload: number;
  /** True when no workload was given for the activity; it then counts as 0. */
  workloadMissing: boolean;
  staffNeeded: number;
}

/** Every intermediate value of one WISN computation, so the UI can show the calculation step by step. */
export interface WisnResult {
  cadre: Cadre;
  establishmentType: EstablishmentType;
  standardVersion: number;
  availableWorkingTime: AvailableWorkingTime & { availableWorkingDays: number; availableWorkingHours: number };
  activities: WisnActivityStep[];
  /** S: staff needed for the service activities. */
  serviceStaff: number;
  categoryAllowances: { code: string; label: string; percent: number }[];
  totalCategoryAllowancePercent: number;
  categoryAllowanceFactor: number;
  individualAllowances: { code: string; label: string; hoursPerYear: number; staffCount: number; hours: number }[];
  totalIndividualAllowanceHours: number;
  individualAllowanceFactor: number;
  /** R = S × CAF + IAF. */
  requiredStaff: number;
  actualStaff: number;
  /** Actual − R: negative is a shortage. */
  difference: number;
  /** Actual ÷ R; null when R = 0. */
  ratio: number | null;
  pressure: WisnPressure;
  missingWorkloadActivityCodes: string[];
  /** Workload given for codes the standard does not list: ignored, reported so a mapping error is visible. */
  unknownActivityCodes: string[];
}

function activitySteps(standard: WisnStandard, workload: WisnWorkload, hours: number): WisnActivityStep[] {
  return standard.serviceStandards.map((service) => {
    const given = workload[service.activityCode];
    const annualWorkload = given ?? 0;
    const activityStandardWorkload = standardWorkload(service, hours);
    return {
      activityCode: service.activityCode,
      label: service.label,
      standard: service,
      standardWorkload: activityStandardWorkload,
      annualWorkload,
      workloadMissing: given === undefined,
      staffNeeded: staffForActivity(annualWorkload, activityStandardWorkload),
    };
  });
}

function individualAllowanceSteps(standard: WisnStandard, counts: WisnInput['individualAllowanceStaffCounts']) {
  return standard.individualAllowances.map((allowance) => {
    const staffCount = counts?.[allowance.code] ?? allowance.staffCount;
    const { code, label, hoursPerYear } = allowance;
    return { code, label, hoursPerYear, staffCount, hours: hoursPerYear * staffCount };
  });
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

function categoryAllowanceSteps(standard: WisnStandard, hours: number) {
  const categoryAllowances = standard.categoryAllowances.map((allowance) => ({
    code: allowance.code,
    label: allowance.label,
    percent: categoryAllowancePercent(allowance, hours),
  }));
  const totalCategoryAllowancePercent = sum(categoryAllowances.map((allowance) => allowance.percent));
  const factor = categoryAllowanceFactor(totalCategoryAllowancePercent);
  return { categoryAllowances, totalCategoryAllowancePercent, categoryAllowanceFactor: factor };
}

/**
 * Computes WISN for one establishment and cadre and returns every step (AWT, SW_i, S, CAF, IAF, R, ratio, pressure).
 * @throws AppError validation_failed when leave leaves no working time or support activities take 100 % or more.
 */
export function computeWisn(input: WisnInput): WisnResult {
  const { standard, workload, actualStaff } = input;
  const hours = availableWorkingHours(standard.availableWorkingTime);
  const activities = activitySteps(standard, workload, hours);
  const serviceStaff = sum(activities.map((activity) => activity.staffNeeded));
  const category = categoryAllowanceSteps(standard, hours);
  const individualAllowances = individualAllowanceSteps(standard, input.individualAllowanceStaffCounts);
  const totalIndividualAllowanceHours = sum(individualAllowances.map((allowance) => allowance.hours));
  const individualFactor = individualAllowanceFactor(totalIndividualAllowanceHours, hours);
  const required = requiredStaff(serviceStaff, category.categoryAllowanceFactor, individualFactor);
  const ratio = wisnRatio(actualStaff, required);
  const listed = new Set(standard.serviceStandards.map((service) => service.activityCode));
  return {
    cadre: standard.cadre,
    establishmentType: standard.establishmentType,
    standardVersion: standard.version,
    availableWorkingTime: {
      ...standard.availableWorkingTime,
      availableWorkingDays: availableWorkingDays(standard.availableWorkingTime),
      availableWorkingHours: hours,
    },
    activities,
    serviceStaff,
    ...category,
    individualAllowances,
    totalIndividualAllowanceHours,
    individualAllowanceFactor: individualFactor,
    requiredStaff: required,
    actualStaff,
    difference: actualStaff - required,
    ratio,
    pressure: wisnPressure(ratio, input.bands ?? defaultWisnPressureBands),
    missingWorkloadActivityCodes: activities.filter((a) => a.workloadMissing).map((a) => a.activityCode),
    unknownActivityCodes: Object.keys(workload).filter((code) => !listed.has(code)),
  };
}
