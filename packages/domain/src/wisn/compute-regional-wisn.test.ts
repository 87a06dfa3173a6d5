import { describe, expect, it } from 'vitest';
import type { EstablishmentType } from '../establishments/establishment-types';
import { cadres } from '../staff/cadres';
import {
  computeRegionalWisn,
  type RegionalWisnInput,
  type WisnActualStaffEntry,
  type WisnEstablishment,
  type WisnWorkloadEntry,
} from './compute-regional-wisn';
import { ruralGeneralPractitionerStandard, ruralNurseStandard, ruralNurseWorkload } from './wisn-fixtures';
import type { WisnStandard } from './wisn-standard';

const nurseEntries = (establishmentId: string, scale = 1): WisnWorkloadEntry[] =>
  Object.entries(ruralNurseWorkload).map(([activityCode, annualWorkload]) => ({
    establishmentId,
    cadre: 'polyvalent_nurse',
    activityCode,
    annualWorkload: annualWorkload * scale,
  }));

const twoCentres: RegionalWisnInput = {
  onDate: '2026-06-30',
  standards: [ruralNurseStandard],
  establishments: [
    { establishmentId: 'a', establishmentType: 'CSR-2', provinceCode: 'p1' },
    { establishmentId: 'b', establishmentType: 'CSR-2', provinceCode: 'p2' },
  ],
  // Centre a needs 2.7 nurses and has 1; centre b needs 2 × 2.5 + 0.2 = 5.2 and has 8.
  workloads: [...nurseEntries('a'), ...nurseEntries('b', 2)],
  actualStaff: [
    { establishmentId: 'a', cadre: 'polyvalent_nurse', staffCount: 1 },
    { establishmentId: 'b', cadre: 'polyvalent_nurse', staffCount: 8 },
  ],
};

describe('computeRegionalWisn', () => {
  it('computes one row per establishment and cadre with a standard in force', () => {
    const region = computeRegionalWisn(twoCentres);
    expect(region.rows.map((row) => [row.establishmentId, row.cadre, row.provinceCode])).toEqual([
      ['a', 'polyvalent_nurse', 'p1'],
      ['b', 'polyvalent_nurse', 'p2'],
    ]);
    expect(region.rows[1]?.result.requiredStaff).toBeCloseTo(5.2, 10);
  });

  it('recomputes the region’s ratio from the sums, not by averaging the rows’ ratios', () => {
    const region = computeRegionalWisn(twoCentres);
    expect(region.region.requiredStaff).toBeCloseTo(7.9, 10);
    expect(region.region.actualStaff).toBe(9);
    expect(region.region.difference).toBeCloseTo(1.1, 10);
    expect(region.region.ratio).toBeCloseTo(9 / 7.9, 10);
    expect(region.region.pressure).toBe('balanced');
    expect(region.region.rowCount).toBe(2);
    expect(region.byProvince.map((total) => [total.provinceCode, total.pressure])).toEqual([
      ['p1', 'severe_shortage'],
      ['p2', 'surplus'],
    ]);
  });

  it('sums the workload and staff entries given for the same pair', () => {
    const region = computeRegionalWisn({
      ...twoCentres,
      workloads: [...nurseEntries('a'), ...nurseEntries('a')],
      actualStaff: [
        { establishmentId: 'a', cadre: 'polyvalent_nurse', staffCount: 0.5 },
        { establishmentId: 'a', cadre: 'polyvalent_nurse', staffCount: 2 },
      ],
    });
    expect(region.rows[0]?.result.requiredStaff).toBeCloseTo(5.2, 10);
    expect(region.rows[0]?.result.actualStaff).toBe(2.5);
  });

  it('lists pairs with workload or staff but no standard in force, and establishments it does not know', () => {
    const region = computeRegionalWisn({
      ...twoCentres,
      actualStaff: [
        ...twoCentres.actualStaff,
        { establishmentId: 'a', cadre: 'midwife', staffCount: 1 },
        { establishmentId: 'ghost', cadre: 'polyvalent_nurse', staffCount: 1 },
      ],
      workloads: [
        ...twoCentres.workloads,
        {
          establishmentId: 'b',
          cadre: 'general_practitioner',
          activityCode: 'curative_consultation',
          annualWorkload: 10,
        },
      ],
    });
    expect(region.missingStandards).toEqual([
      { establishmentId: 'a', establishmentType: 'CSR-2', cadre: 'midwife', actualStaff: 1 },
      { establishmentId: 'b', establishmentType: 'CSR-2', cadre: 'general_practitioner', actualStaff: 0 },
    ]);
    expect(region.unknownEstablishmentIds).toEqual(['ghost']);
  });

  it('uses only the standards in force on the day', () => {
    const later = { ...ruralGeneralPractitionerStandard, effectiveFrom: '2027-01-01' };
    const input = { ...twoCentres, standards: [ruralNurseStandard, later] };
    expect(computeRegionalWisn(input).rows).toHaveLength(2);
    expect(computeRegionalWisn({ ...input, onDate: '2027-01-01' }).rows).toHaveLength(4);
  });

  it('gives a zero region with a null ratio when there are no rows', () => {
    const region = computeRegionalWisn({ ...twoCentres, standards: [] });
    expect(region.region).toEqual({
      requiredStaff: 0,
      actualStaff: 0,
      difference: 0,
      ratio: null,
      pressure: 'no_workload',
      rowCount: 0,
    });
  });
});

/** A standard where each activity's workload of 160 needs 0.1 staff, CAF is 1.25 and IAF 0.1: R = 1.35 per row. */
function regionalStandard(establishmentType: EstablishmentType, cadre: (typeof cadres)[number]): WisnStandard {
  return {
    cadre,
    establishmentType,
    version: 1,
    effectiveFrom: '2026-01-01',
    availableWorkingTime: {
      possibleWorkingDays: 250,
      publicHolidays: 12,
      annualLeave: 22,
      sickLeave: 10,
      otherLeave: 5,
      unauthorisedAbsence: 1,
      workingHoursPerDay: 8,
    },
    serviceStandards: Array.from({ length: 10 }, (_, index) => ({
      kind: 'unit_time' as const,
      activityCode: `activity_${index}`,
      label: `Activity ${index}`,
      unitTimeMinutes: 60,
    })),
    categoryAllowances: [{ kind: 'percent', code: 'meetings', label: 'Meetings', percent: 20 }],
    individualAllowances: [{ code: 'supervision', label: 'Supervision', hoursPerYear: 160, staffCount: 1 }],
  };
}

describe('computeRegionalWisn for a whole region', () => {
  const types: EstablishmentType[] = ['CSR-1', 'CSR-2', 'CSU-1', 'HP'];
  const establishments: WisnEstablishment[] = Array.from({ length: 400 }, (_, index) => ({
    establishmentId: `e${index}`,
    establishmentType: types[index % types.length] ?? 'CSR-1',
    provinceCode: `p${index % 8}`,
  }));
  const workloads: WisnWorkloadEntry[] = establishments.flatMap(({ establishmentId }) =>
    cadres.flatMap((cadre) =>
      Array.from({ length: 10 }, (_, index) => ({
        establishmentId,
        cadre,
        activityCode: `activity_${index}`,
        annualWorkload: 160,
      })),
    ),
  );
  const actualStaff: WisnActualStaffEntry[] = establishments.flatMap(({ establishmentId }, index) =>
    cadres.map((cadre) => ({ establishmentId, cadre, staffCount: index % 4 })),
  );
  const region = computeRegionalWisn({
    onDate: '2026-06-30',
    standards: types.flatMap((type) => cadres.map((cadre) => regionalStandard(type, cadre))),
    establishments,
    workloads,
    actualStaff,
  });

  it('computes 400 establishments × 10 cadres × 10 activities with correct totals', () => {
    expect(workloads).toHaveLength(40_000);
    expect(region.rows).toHaveLength(4000);
    expect(region.rows[0]?.result.requiredStaff).toBeCloseTo(1.35, 10);
    // Actual staff cycle 0, 1, 2, 3 over establishments: 100 of each, 10 cadres each.
    expect(region.region.actualStaff).toBe(6000);
    expect(region.region.requiredStaff).toBeCloseTo(5400, 6);
    expect(region.region.ratio).toBeCloseTo(6000 / 5400, 10);
    expect(region.missingStandards).toEqual([]);
  });

  it('totals each establishment, cadre, province and province × cadre', () => {
    expect(region.byEstablishment).toHaveLength(400);
    expect(region.byEstablishment[3]).toMatchObject({ establishmentId: 'e3', provinceCode: 'p3', actualStaff: 30 });
    expect(region.byEstablishment[3]?.requiredStaff).toBeCloseTo(13.5, 10);
    expect(region.byCadre).toHaveLength(10);
    expect(region.byCadre[0]?.requiredStaff).toBeCloseTo(540, 8);
    expect(region.byCadre[0]?.actualStaff).toBe(600);
    expect(region.byProvince).toHaveLength(8);
    // Province p1 holds establishments 1, 9, 17…, whose index % 4 is always 1: one staff per cadre; p3 has three.
    expect(region.byProvince[1]).toMatchObject({ provinceCode: 'p1', actualStaff: 500, rowCount: 500 });
    expect(region.byProvince[1]?.requiredStaff).toBeCloseTo(675, 8);
    expect(region.byProvince[1]?.pressure).toBe('shortage');
    expect(region.byProvince[0]).toMatchObject({ actualStaff: 0, ratio: 0, pressure: 'severe_shortage' });
    expect(region.byProvince[3]).toMatchObject({ actualStaff: 1500, pressure: 'surplus' });
    expect(region.byProvinceAndCadre).toHaveLength(80);
  });
});
