import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import type { RegionalWisnInput, WisnWorkloadEntry } from './compute-regional-wisn';
import {
  ruralGeneralPractitionerStandard,
  ruralGeneralPractitionerWorkload,
  ruralNurseStandard,
  ruralNurseWorkload,
} from './wisn-fixtures';
import { computeWisnWhatIf, wisnWhatIfEditsSchema, type WisnWhatIfEdit } from './wisn-what-if';

const entries = (establishmentId: string): WisnWorkloadEntry[] => [
  ...Object.entries(ruralNurseWorkload).map(([activityCode, annualWorkload]) => ({
    establishmentId,
    cadre: 'polyvalent_nurse' as const,
    activityCode,
    annualWorkload,
  })),
  ...Object.entries(ruralGeneralPractitionerWorkload).map(([activityCode, annualWorkload]) => ({
    establishmentId,
    cadre: 'general_practitioner' as const,
    activityCode,
    annualWorkload,
  })),
];

/** Two worked-example centres (R 2.7 nurses and 1.2 doctors each) and a CSR-1 without standards. */
const input: RegionalWisnInput = {
  onDate: '2026-06-30',
  standards: [ruralNurseStandard, ruralGeneralPractitionerStandard],
  establishments: [
    { establishmentId: 'a', establishmentType: 'CSR-2', provinceCode: 'p1' },
    { establishmentId: 'b', establishmentType: 'CSR-2', provinceCode: 'p1' },
    { establishmentId: 'c', establishmentType: 'CSR-1', provinceCode: 'p1' },
  ],
  workloads: [...entries('a'), ...entries('b')],
  actualStaff: [
    { establishmentId: 'a', cadre: 'polyvalent_nurse', staffCount: 2 },
    { establishmentId: 'b', cadre: 'polyvalent_nurse', staffCount: 4 },
    { establishmentId: 'a', cadre: 'general_practitioner', staffCount: 1 },
    { establishmentId: 'b', cadre: 'general_practitioner', staffCount: 1 },
  ],
};

const nurseTarget = { establishmentType: 'CSR-2', cadre: 'polyvalent_nurse' } as const;

function errorOf(action: () => unknown): AppError | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? error : undefined;
  }
  return undefined;
}

describe('computeWisnWhatIf', () => {
  it.each<[string, WisnWhatIfEdit, number]>([
    [
      'a nursing care unit time of 15 → 20 min (0.8 → 1.0667 staff, × CAF 1.25)',
      {
        kind: 'service_standard',
        ...nurseTarget,
        standard: { kind: 'unit_time', activityCode: 'nursing_care', label: 'Nursing care', unitTimeMinutes: 20 },
      },
      2.7 + (5376 / 5040 - 0.8) * 1.25,
    ],
    [
      'a vaccination rate of 12 → 8 per hour (0.2 → 0.3 staff)',
      {
        kind: 'service_standard',
        ...nurseTarget,
        standard: { kind: 'rate', activityCode: 'child_vaccination', label: 'Vaccination', ratePerHour: 8 },
      },
      2.7 + 0.1 * 1.25,
    ],
    [
      'annual leave of 22 → 43 days (AWT 1,680 → 1,512 h)',
      { kind: 'available_working_time', ...nurseTarget, set: { annualLeave: 43 } },
      // S scales by 1680/1512; health education (168 h) becomes 11.11 %; IAF becomes 336/1512.
      ((2 * 1680) / 1512) * (1 / (1 - (10 + (168 / 1512) * 100) / 100)) + 336 / 1512,
    ],
    [
      'a new support activity of 5 %',
      {
        kind: 'category_allowance',
        ...nurseTarget,
        allowance: { kind: 'percent', code: 'quality_audits', label: 'Quality audits', percent: 5 },
      },
      2 / 0.75 + 0.2,
    ],
    [
      'a head nurse allowance of 336 → 672 hours',
      {
        kind: 'individual_allowance',
        ...nurseTarget,
        allowance: { code: 'head_nurse_supervision', label: 'Head nurse', hoursPerYear: 672, staffCount: 1 },
      },
      2.9,
    ],
  ])('shows the impact of %s on every centre of the type', (_case, edit, requiredAfter) => {
    const whatIf = computeWisnWhatIf(input, [edit]);
    expect(whatIf.changes.map((change) => [change.establishmentId, change.cadre])).toEqual([
      ['a', 'polyvalent_nurse'],
      ['b', 'polyvalent_nurse'],
    ]);
    for (const change of whatIf.changes) {
      expect(change.before.requiredStaff).toBeCloseTo(2.7, 10);
      expect(change.after.requiredStaff).toBeCloseTo(requiredAfter, 10);
      expect(change.requiredStaffChange).toBeCloseTo(requiredAfter - 2.7, 10);
    }
    expect(whatIf.before.region.requiredStaff).toBeCloseTo(7.8, 10);
    expect(whatIf.after.region.requiredStaff).toBeCloseTo(2 * requiredAfter + 2.4, 10);
  });

  it('shows a nurse’s mission from b to a at both ends, pressure before and after', () => {
    const whatIf = computeWisnWhatIf(input, [
      { kind: 'actual_staff', establishmentId: 'b', cadre: 'polyvalent_nurse', delta: -1 },
      { kind: 'actual_staff', establishmentId: 'a', cadre: 'polyvalent_nurse', delta: 1 },
    ]);
    expect(
      whatIf.changes.map((change) => [change.establishmentId, change.pressureBefore, change.pressureAfter]),
    ).toEqual([
      ['a', 'shortage', 'balanced'],
      ['b', 'surplus', 'balanced'],
    ]);
    expect(whatIf.changes[0]?.after.actualStaff).toBe(3);
    expect(whatIf.changes[1]?.after.actualStaff).toBe(3);
    expect(whatIf.changes[0]?.requiredStaffChange).toBe(0);
    expect(whatIf.after.region.actualStaff).toBe(whatIf.before.region.actualStaff);
  });

  it('leaves the input untouched', () => {
    const copy = structuredClone(input);
    computeWisnWhatIf(input, [{ kind: 'available_working_time', ...nurseTarget, set: { sickLeave: 20 } }]);
    expect(input).toEqual(copy);
  });

  it('applies edits in order, the later one winning', () => {
    const whatIf = computeWisnWhatIf(input, [
      { kind: 'available_working_time', ...nurseTarget, set: { annualLeave: 43 } },
      { kind: 'available_working_time', ...nurseTarget, set: { annualLeave: 22 } },
    ]);
    expect(whatIf.changes).toEqual([]);
  });

  it.each<[string, WisnWhatIfEdit[], string, (string | number)[]]>([
    [
      'a pair with no standard in force',
      [{ kind: 'available_working_time', establishmentType: 'CSR-1', cadre: 'midwife', set: { annualLeave: 30 } }],
      'unprocessable',
      ['edits', 0],
    ],
    [
      'support activities pushed to 100 %',
      [
        { kind: 'available_working_time', ...nurseTarget, set: { sickLeave: 8 } },
        {
          kind: 'category_allowance',
          ...nurseTarget,
          allowance: { kind: 'percent', code: 'meetings_and_reporting', label: 'Meetings', percent: 90 },
        },
      ],
      'validation_failed',
      ['edits', 1, 'categoryAllowances'],
    ],
    [
      'leave that uses up the year',
      [{ kind: 'available_working_time', ...nurseTarget, set: { possibleWorkingDays: 50 } }],
      'validation_failed',
      ['edits', 0, 'availableWorkingTime'],
    ],
    [
      'more staff removed than are in post',
      [{ kind: 'actual_staff', establishmentId: 'a', cadre: 'polyvalent_nurse', delta: -3 }],
      'unprocessable',
      ['edits'],
    ],
    [
      'staff removed from a pair with no standard and no staff',
      [{ kind: 'actual_staff', establishmentId: 'c', cadre: 'midwife', delta: -1 }],
      'unprocessable',
      ['edits'],
    ],
    [
      'an establishment outside the run',
      [{ kind: 'actual_staff', establishmentId: 'z', cadre: 'polyvalent_nurse', delta: 1 }],
      'unprocessable',
      ['edits', 0, 'establishmentId'],
    ],
  ])('refuses %s', (_case, edits, code, path) => {
    const error = errorOf(() => computeWisnWhatIf(input, edits));
    expect(error?.code).toBe(code);
    expect(error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('wisnWhatIfEditsSchema', () => {
  it.each([
    ['a leave change', [{ kind: 'available_working_time', ...nurseTarget, set: { annualLeave: 30 } }], true],
    ['a staff move', [{ kind: 'actual_staff', establishmentId: 'a', cadre: 'midwife', delta: -1 }], true],
    ['no edit', [], false],
    ['an unknown kind', [{ kind: 'rename', ...nurseTarget }], false],
    ['a negative leave', [{ kind: 'available_working_time', ...nurseTarget, set: { annualLeave: -2 } }], false],
    ['an unknown cadre', [{ kind: 'available_working_time', establishmentType: 'CSR-2', cadre: 'x', set: {} }], false],
  ])('accepts or refuses %s', (_case, edits, valid) => {
    expect(wisnWhatIfEditsSchema.safeParse(edits).success).toBe(valid);
  });
});
