import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import { computeWisn, wisnInputSchema } from './compute-wisn';
import { ruralNurseStandard, ruralNurseWorkload } from './wisn-fixtures';
import type { WisnStandard } from './wisn-standard';

const standard = ruralNurseStandard;

function errorOf(action: () => unknown): AppError | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? error : undefined;
  }
  return undefined;
}

describe('computeWisn', () => {
  it('counts a missing workload as 0, flags the activity and lists it', () => {
    const workload = Object.fromEntries(Object.entries(ruralNurseWorkload).filter(([code]) => code !== 'nursing_care'));
    const result = computeWisn({ standard, workload, actualStaff: 2 });
    const step = result.activities.find((activity) => activity.activityCode === 'nursing_care');
    expect(step).toMatchObject({ annualWorkload: 0, workloadMissing: true, staffNeeded: 0 });
    expect(result.missingWorkloadActivityCodes).toEqual(['nursing_care']);
    expect(result.serviceStaff).toBeCloseTo(1.2, 10);
  });

  it('does not flag an activity whose workload is an explicit 0', () => {
    const result = computeWisn({ standard, workload: { ...ruralNurseWorkload, wound_care: 0 }, actualStaff: 2 });
    expect(result.missingWorkloadActivityCodes).toEqual([]);
  });

  it('reports workload given for codes the standard does not list, and ignores it', () => {
    const result = computeWisn({ standard, workload: { ...ruralNurseWorkload, deliveries: 300 }, actualStaff: 2 });
    expect(result.unknownActivityCodes).toEqual(['deliveries']);
    expect(result.requiredStaff).toBeCloseTo(2.7, 10);
  });

  it('gives a null ratio and no_workload, never Infinity, when nothing is required', () => {
    const idle: WisnStandard = { ...standard, individualAllowances: [] };
    const result = computeWisn({ standard: idle, workload: {}, actualStaff: 3 });
    expect(result).toMatchObject({ requiredStaff: 0, actualStaff: 3, difference: 3, ratio: null });
    expect(result.pressure).toBe('no_workload');
    expect(result.missingWorkloadActivityCodes).toHaveLength(4);
  });

  it('still requires the individual allowance when the service workload is 0', () => {
    const result = computeWisn({ standard, workload: {}, actualStaff: 0 });
    expect(result.requiredStaff).toBeCloseTo(0.2, 10);
    expect(result.ratio).toBe(0);
    expect(result.pressure).toBe('severe_shortage');
  });

  it.each([
    [0, 0],
    [2, 0.4],
    [3, 0.6],
  ])('uses the establishment’s count of %d staff doing an individual allowance task: IAF %d', (count, factor) => {
    const result = computeWisn({
      standard,
      workload: ruralNurseWorkload,
      actualStaff: 2,
      individualAllowanceStaffCounts: { head_nurse_supervision: count },
    });
    expect(result.individualAllowances[0]?.staffCount).toBe(count);
    expect(result.individualAllowanceFactor).toBeCloseTo(factor, 10);
    expect(result.requiredStaff).toBeCloseTo(2.5 + factor, 10);
  });

  it.each([
    [2, 'shortage'],
    [1.3, 'severe_shortage'],
    [2.7, 'balanced'],
    [3.3, 'surplus'],
  ])('classes %d nurses against R 2.7 as %s with the default bands', (actualStaff, pressure) => {
    expect(computeWisn({ standard, workload: ruralNurseWorkload, actualStaff }).pressure).toBe(pressure);
  });

  it('applies the bands given with the input', () => {
    const bands = { severeShortageBelow: 0.5, shortageBelow: 0.7, surplusAbove: 1.5 };
    expect(computeWisn({ standard, workload: ruralNurseWorkload, actualStaff: 2, bands }).pressure).toBe('balanced');
  });

  it.each<[string, WisnStandard, string]>([
    [
      'support activities of 100 % or more',
      { ...standard, categoryAllowances: [{ kind: 'percent', code: 'meetings', label: 'Meetings', percent: 100 }] },
      'categoryAllowances',
    ],
    [
      'leave that uses up the year',
      { ...standard, availableWorkingTime: { ...standard.availableWorkingTime, annualLeave: 300 } },
      'availableWorkingTime',
    ],
  ])('refuses a standard with %s (not parsed first) with validation_failed', (_case, broken, field) => {
    const error = errorOf(() => computeWisn({ standard: broken, workload: ruralNurseWorkload, actualStaff: 2 }));
    expect(error?.code).toBe('validation_failed');
    expect(error?.issues[0]?.path).toEqual([field]);
  });
});

describe('wisnInputSchema', () => {
  it.each([
    ['a full input', { standard, workload: ruralNurseWorkload, actualStaff: 2.5 }, true],
    ['a negative workload', { standard, workload: { nursing_care: -1 }, actualStaff: 2 }, false],
    ['a negative staff count', { standard, workload: {}, actualStaff: -1 }, false],
    ['a workload code with spaces', { standard, workload: { 'nursing care': 5 }, actualStaff: 2 }, false],
    [
      'disordered bands',
      {
        standard,
        workload: {},
        actualStaff: 2,
        bands: { severeShortageBelow: 0.9, shortageBelow: 0.5, surplusAbove: 1.2 },
      },
      false,
    ],
  ])('accepts or refuses %s', (_case, input, valid) => {
    expect(wisnInputSchema.safeParse(input).success).toBe(valid);
  });
});
