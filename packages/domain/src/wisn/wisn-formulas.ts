import { validationFailed } from '../lib/app-error';
import { availableWorkingDays, type AvailableWorkingTime, type ServiceStandard } from './wisn-standard';

/**
 * The WISN formulas, one function each (WHO WISN user's manual, 2010; DOMAIN.md §8). Values are kept at full precision;
 * rounding is for display only.
 */

/**
 * AWT = [A − (B + C + D + E + F)] × H, in hours per year.
 * @throws AppError validation_failed when leave and absence leave no working day.
 */
export function availableWorkingHours(time: AvailableWorkingTime): number {
  const days = availableWorkingDays(time);
  if (days <= 0) {
    throw validationFailed('Leave and absence leave no working time', [
      { path: ['availableWorkingTime'], message: 'B + C + D + E + F must be less than A' },
    ]);
  }
  return days * time.workingHoursPerDay;
}

/** SW_i: activities one staff member can do in a year, AWT ÷ unit time (minutes) or AWT × rate per hour. */
export function standardWorkload(standard: ServiceStandard, availableHours: number): number {
  return standard.kind === 'unit_time'
    ? (availableHours * 60) / standard.unitTimeMinutes
    : availableHours * standard.ratePerHour;
}

/** Staff needed for one service activity: annual workload ÷ SW_i. */
export function staffForActivity(annualWorkload: number, activityStandardWorkload: number): number {
  return annualWorkload / activityStandardWorkload;
}

/**
 * CAF = 1 ÷ (1 − ΣCAS% ÷ 100).
 * @throws AppError validation_failed when support activities take 100 % of working time or more.
 */
export function categoryAllowanceFactor(totalPercent: number): number {
  if (totalPercent < 0 || totalPercent >= 100) {
    throw validationFailed('Support activities must take less than 100 % of working time', [
      { path: ['categoryAllowances'], message: `They take ${totalPercent.toFixed(1)} %` },
    ]);
  }
  return 1 / (1 - totalPercent / 100);
}

/** IAF = Σ IAS ÷ AWT, with IAS the staff-hours per year of tasks only some staff do. */
export function individualAllowanceFactor(totalHours: number, availableHours: number): number {
  return totalHours / availableHours;
}

/** R = S × CAF + IAF. */
export function requiredStaff(serviceStaff: number, categoryFactor: number, individualFactor: number): number {
  return serviceStaff * categoryFactor + individualFactor;
}

/** WISN ratio = actual ÷ required; null when no staff are required (never Infinity or NaN). */
export function wisnRatio(actualStaff: number, required: number): number | null {
  return required > 0 ? actualStaff / required : null;
}
