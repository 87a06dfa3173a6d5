import { describe, expect, it } from 'vitest';
import { ruralNurseStandard } from './wisn-fixtures';
import { availableWorkingDays, categoryAllowancePercent, wisnStandardSchema } from './wisn-standard';

const valid = ruralNurseStandard;

describe('wisnStandardSchema', () => {
  it('accepts the worked example’s nurse standard', () => {
    expect(wisnStandardSchema.safeParse(valid).success).toBe(true);
  });

  it.each<[string, unknown, (string | number)[]]>([
    [
      'leave that uses up every possible day',
      { ...valid, availableWorkingTime: { ...valid.availableWorkingTime, annualLeave: 210, sickLeave: 40 } },
      ['availableWorkingTime'],
    ],
    [
      'support activities taking 100 % of working time',
      {
        ...valid,
        categoryAllowances: [
          { kind: 'percent', code: 'meetings', label: 'Meetings', percent: 60 },
          { kind: 'hours_per_year', code: 'education', label: 'Education', hoursPerYear: 672 },
        ],
      },
      ['categoryAllowances'],
    ],
    [
      'an activity code listed twice',
      { ...valid, serviceStandards: [...valid.serviceStandards, valid.serviceStandards[0]] },
      ['serviceStandards', 4],
    ],
    [
      'an allowance code listed twice',
      { ...valid, individualAllowances: [...valid.individualAllowances, ...valid.individualAllowances] },
      ['individualAllowances', 1],
    ],
    [
      'an activity code with capitals',
      {
        ...valid,
        serviceStandards: [{ kind: 'rate', activityCode: 'Vaccination', label: 'Vaccination', ratePerHour: 4 }],
      },
      ['serviceStandards', 0, 'activityCode'],
    ],
    [
      'a unit time of zero',
      {
        ...valid,
        serviceStandards: [{ kind: 'unit_time', activityCode: 'visit', label: 'Visit', unitTimeMinutes: 0 }],
      },
      ['serviceStandards', 0, 'unitTimeMinutes'],
    ],
    ['no service activity', { ...valid, serviceStandards: [] }, ['serviceStandards']],
    [
      'a negative sick leave',
      { ...valid, availableWorkingTime: { ...valid.availableWorkingTime, sickLeave: -1 } },
      ['availableWorkingTime', 'sickLeave'],
    ],
    [
      'a 25-hour day',
      { ...valid, availableWorkingTime: { ...valid.availableWorkingTime, workingHoursPerDay: 25 } },
      ['availableWorkingTime', 'workingHoursPerDay'],
    ],
    ['an unknown cadre', { ...valid, cadre: 'surgeon' }, ['cadre']],
    ['an unknown establishment type', { ...valid, establishmentType: 'CS' }, ['establishmentType']],
    ['a version 0', { ...valid, version: 0 }, ['version']],
    ['a date that is not ISO', { ...valid, effectiveFrom: '01/01/2026' }, ['effectiveFrom']],
  ])('refuses %s, naming the field', (_case, input, path) => {
    const result = wisnStandardSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('availableWorkingDays and categoryAllowancePercent', () => {
  it('subtracts B to F from A', () => {
    expect(availableWorkingDays(valid.availableWorkingTime)).toBe(210);
  });

  it.each([
    [{ kind: 'percent' as const, code: 'meetings', label: 'Meetings', percent: 12.5 }, 1680, 12.5],
    [{ kind: 'hours_per_year' as const, code: 'education', label: 'Education', hoursPerYear: 168 }, 1680, 10],
    [{ kind: 'hours_per_year' as const, code: 'education', label: 'Education', hoursPerYear: 0 }, 1680, 0],
  ])('turns %o into CAS %d %% of AWT', (allowance, hours, percent) => {
    expect(categoryAllowancePercent(allowance, hours)).toBeCloseTo(percent, 10);
  });
});
