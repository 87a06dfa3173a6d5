import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import {
  availableWorkingHours,
  categoryAllowanceFactor,
  individualAllowanceFactor,
  requiredStaff,
  staffForActivity,
  standardWorkload,
  wisnRatio,
} from './wisn-formulas';
import type { AvailableWorkingTime, ServiceStandard } from './wisn-standard';

const time = (changes: Partial<AvailableWorkingTime> = {}): AvailableWorkingTime => ({
  possibleWorkingDays: 260,
  publicHolidays: 0,
  annualLeave: 0,
  sickLeave: 0,
  otherLeave: 0,
  unauthorisedAbsence: 0,
  workingHoursPerDay: 8,
  ...changes,
});

const unitTime = (unitTimeMinutes: number): ServiceStandard => ({
  kind: 'unit_time',
  activityCode: 'consultation',
  label: 'Consultation',
  unitTimeMinutes,
});
const rate = (ratePerHour: number): ServiceStandard => ({
  kind: 'rate',
  activityCode: 'vaccination',
  label: 'Vaccination',
  ratePerHour,
});

function errorOf(action: () => unknown): AppError | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? error : undefined;
  }
  return undefined;
}

describe('availableWorkingHours', () => {
  it.each([
    ['no leave at all', time(), 2080],
    [
      'each of B to F subtracted',
      time({ publicHolidays: 1, annualLeave: 2, sickLeave: 3, otherLeave: 4, unauthorisedAbsence: 5 }),
      1960,
    ],
    ['a 7.5-hour day', time({ annualLeave: 20, workingHoursPerDay: 7.5 }), 1800],
    ['fractional average sick leave', time({ sickLeave: 2.5 }), 2060],
    ['one day left', time({ annualLeave: 259 }), 8],
  ])('computes [A − (B+C+D+E+F)] × H with %s', (_case, components, hours) => {
    expect(availableWorkingHours(components)).toBeCloseTo(hours, 10);
  });

  it.each([
    ['leave equal to the possible days', time({ annualLeave: 260 })],
    ['leave above the possible days', time({ annualLeave: 200, sickLeave: 100 })],
  ])('refuses %s with validation_failed', (_case, components) => {
    const error = errorOf(() => availableWorkingHours(components));
    expect(error?.code).toBe('validation_failed');
    expect(error?.issues[0]?.path).toEqual(['availableWorkingTime']);
  });
});

describe('standardWorkload and staffForActivity', () => {
  it.each([
    ['a unit time of 15 min', unitTime(15), 1680, 6720],
    ['a unit time of 90 min', unitTime(90), 1800, 1200],
    ['a unit time under a minute', unitTime(0.5), 100, 12000],
    ['a rate of 12 per hour', rate(12), 1680, 20160],
    ['a rate of 0.5 per hour', rate(0.5), 1600, 800],
  ])('gives SW for %s', (_case, standard, hours, expected) => {
    expect(standardWorkload(standard, hours)).toBeCloseTo(expected, 10);
  });

  it.each([
    [6720, 6720, 1],
    [0, 6720, 0],
    [10080, 6720, 1.5],
  ])('needs workload %d ÷ SW %d = %d staff', (workload, sw, staff) => {
    expect(staffForActivity(workload, sw)).toBeCloseTo(staff, 10);
  });
});

describe('categoryAllowanceFactor', () => {
  it.each([
    [0, 1],
    [20, 1.25],
    [50, 2],
    [75, 4],
    [99, 100],
  ])('turns ΣCAS %d %% into CAF %d', (percent, factor) => {
    expect(categoryAllowanceFactor(percent)).toBeCloseTo(factor, 10);
  });

  it.each([100, 100.5, 250, -1])('refuses ΣCAS %d %% with validation_failed', (percent) => {
    const error = errorOf(() => categoryAllowanceFactor(percent));
    expect(error?.code).toBe('validation_failed');
    expect(error?.issues[0]?.path).toEqual(['categoryAllowances']);
  });
});

describe('individualAllowanceFactor, requiredStaff and wisnRatio', () => {
  it.each([
    [0, 1680, 0],
    [336, 1680, 0.2],
    [3360, 1680, 2],
  ])('turns ΣIAS %d h over AWT %d h into IAF %d', (hours, available, factor) => {
    expect(individualAllowanceFactor(hours, available)).toBeCloseTo(factor, 10);
  });

  it.each([
    [2, 1.25, 0.2, 2.7],
    [0, 1.25, 0.2, 0.2],
    [3, 1, 0, 3],
  ])('computes R = %d × %d + %d = %d', (serviceStaff, categoryFactor, individualFactor, required) => {
    expect(requiredStaff(serviceStaff, categoryFactor, individualFactor)).toBeCloseTo(required, 10);
  });

  it.each([
    [2, 2.7, 2 / 2.7],
    [0, 2, 0],
    [3, 2, 1.5],
    [0, 0, null],
    [4, 0, null],
  ])('gives the ratio of actual %d to required %d as %s, never Infinity or NaN', (actual, required, ratio) => {
    expect(wisnRatio(actual, required)).toBe(ratio);
  });
});
