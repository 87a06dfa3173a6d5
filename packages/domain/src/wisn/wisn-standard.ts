import { z } from 'zod';
import { establishmentTypes } from '../establishments/establishment-types';
import { cadreSchema } from '../staff/cadres';

/**
 * WISN standards (WHO WISN user's manual, 2010; DOMAIN.md §8): what a GST enters, per cadre and establishment type,
 * because no national staffing norm exists. A set is versioned: the one in force on a day is the one with the latest
 * `effectiveFrom` not after it. Times are days, hours and minutes as the manual states them.
 */

/** Activity and allowance codes: stable snake_case identifiers, e.g. `curative_consultation`. */
export const wisnActivityCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,63}$/, 'Use 2 to 64 lowercase letters, digits or underscores, starting with a letter');

const daysSchema = z.number().min(0).max(366);

/** Available working time components (manual step 2): A − (B + C + D + E + F) days, times H hours a day. */
export const availableWorkingTimeSchema = z.object({
  /** A: possible working days in a year (e.g. 52 weeks × 5 days). */
  possibleWorkingDays: z.number().positive().max(366),
  /** B: public holidays falling on working days. */
  publicHolidays: daysSchema,
  /** C: annual leave. */
  annualLeave: daysSchema,
  /** D: sick leave (average per staff member). */
  sickLeave: daysSchema,
  /** E: other leave, e.g. training. */
  otherLeave: daysSchema,
  /** F: unauthorised absence (average per staff member). */
  unauthorisedAbsence: daysSchema,
  /** H: working hours in a day. */
  workingHoursPerDay: z.number().positive().max(24),
});
export type AvailableWorkingTime = z.infer<typeof availableWorkingTimeSchema>;

/** A service activity: its standard is a unit time (minutes per activity) or a rate (activities per hour). */
export const serviceStandardSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('unit_time'),
    activityCode: wisnActivityCodeSchema,
    label: z.string().trim().min(2).max(160),
    unitTimeMinutes: z.number().positive().max(100_000),
  }),
  z.object({
    kind: z.literal('rate'),
    activityCode: wisnActivityCodeSchema,
    label: z.string().trim().min(2).max(160),
    ratePerHour: z.number().positive().max(10_000),
  }),
]);
export type ServiceStandard = z.infer<typeof serviceStandardSchema>;

/** A support activity all staff of the cadre do: a share of working time, or hours per year per staff member. */
export const categoryAllowanceStandardSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('percent'),
    code: wisnActivityCodeSchema,
    label: z.string().trim().min(2).max(160),
    percent: z.number().min(0).max(100),
  }),
  z.object({
    kind: z.literal('hours_per_year'),
    code: wisnActivityCodeSchema,
    label: z.string().trim().min(2).max(160),
    hoursPerYear: z.number().min(0).max(8784),
  }),
]);
export type CategoryAllowanceStandard = z.infer<typeof categoryAllowanceStandardSchema>;

/** A task only some staff of the cadre do: hours per year per person, times the number of staff doing it. */
export const individualAllowanceStandardSchema = z.object({
  code: wisnActivityCodeSchema,
  label: z.string().trim().min(2).max(160),
  hoursPerYear: z.number().min(0).max(8784),
  /** Default number of staff doing it; an establishment may override it (`individualAllowanceStaffCounts`). */
  staffCount: z.number().min(0).max(1000),
});
export type IndividualAllowanceStandard = z.infer<typeof individualAllowanceStandardSchema>;

const wisnStandardShape = z.object({
  cadre: cadreSchema,
  establishmentType: z.enum(establishmentTypes),
  version: z.number().int().positive(),
  effectiveFrom: z.iso.date(),
  availableWorkingTime: availableWorkingTimeSchema,
  serviceStandards: z.array(serviceStandardSchema).min(1).max(200),
  categoryAllowances: z.array(categoryAllowanceStandardSchema).max(100),
  individualAllowances: z.array(individualAllowanceStandardSchema).max(100),
});

/** Days left after leave and absence; the available working time is this times H. */
export function availableWorkingDays(time: AvailableWorkingTime): number {
  const { publicHolidays, annualLeave, sickLeave, otherLeave, unauthorisedAbsence } = time;
  return time.possibleWorkingDays - (publicHolidays + annualLeave + sickLeave + otherLeave + unauthorisedAbsence);
}

/** The CAS% of one category allowance, given the available working time in hours. */
export function categoryAllowancePercent(allowance: CategoryAllowanceStandard, availableHours: number): number {
  return allowance.kind === 'percent' ? allowance.percent : (allowance.hoursPerYear / availableHours) * 100;
}

type WisnStandardShape = z.infer<typeof wisnStandardShape>;

/** Rules across fields: positive working time, support time under 100 %, codes unique within the set. */
function checkWisnStandard(standard: WisnStandardShape, context: z.RefinementCtx): void {
  const days = availableWorkingDays(standard.availableWorkingTime);
  if (days <= 0) {
    context.addIssue({
      code: 'custom',
      path: ['availableWorkingTime'],
      message: 'Leave and absence (B + C + D + E + F) must leave some working days out of A',
    });
    return;
  }
  const hours = days * standard.availableWorkingTime.workingHoursPerDay;
  const totalPercent = standard.categoryAllowances.reduce((sum, a) => sum + categoryAllowancePercent(a, hours), 0);
  if (totalPercent >= 100) {
    context.addIssue({
      code: 'custom',
      path: ['categoryAllowances'],
      message: `Support activities take ${totalPercent.toFixed(1)} % of working time; they must take less than 100 %`,
    });
  }
  const lists = [
    ['serviceStandards', standard.serviceStandards.map((s) => s.activityCode)],
    ['categoryAllowances', standard.categoryAllowances.map((a) => a.code)],
    ['individualAllowances', standard.individualAllowances.map((a) => a.code)],
  ] as const;
  for (const [field, codes] of lists) {
    codes.forEach((code, index) => {
      if (codes.indexOf(code) !== index) {
        context.addIssue({ code: 'custom', path: [field, index], message: `Code ${code} appears twice` });
      }
    });
  }
}

/** One version of the WISN standards of a cadre in an establishment type, as a GST enters it. */
export const wisnStandardSchema = wisnStandardShape.superRefine(checkWisnStandard);
export type WisnStandard = z.infer<typeof wisnStandardSchema>;
