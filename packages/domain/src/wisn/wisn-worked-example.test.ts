import { describe, expect, it } from 'vitest';
import { computeRegionalWisn } from './compute-regional-wisn';
import { computeWisn } from './compute-wisn';
import {
  ruralGeneralPractitionerStandard,
  ruralGeneralPractitionerWorkload,
  ruralNurseStandard,
  ruralNurseWorkload,
} from './wisn-fixtures';

/** Every number below is written in docs/wisn-worked-example.md; change both together. */
const digits = 10;

describe('the worked example of docs/wisn-worked-example.md', () => {
  const nurses = computeWisn({ standard: ruralNurseStandard, workload: ruralNurseWorkload, actualStaff: 2 });
  const doctor = computeWisn({
    standard: ruralGeneralPractitionerStandard,
    workload: ruralGeneralPractitionerWorkload,
    actualStaff: 1,
  });

  it('reproduces the nurses’ available working time: (260 − 50) days × 8 h = 1,680 h', () => {
    expect(nurses.availableWorkingTime.availableWorkingDays).toBe(210);
    expect(nurses.availableWorkingTime.availableWorkingHours).toBe(1680);
  });

  it.each([
    ['nursing_care', 6720, 5376, 0.8],
    ['antenatal_visit', 5040, 2520, 0.5],
    ['child_vaccination', 20160, 4032, 0.2],
    ['wound_care', 8400, 4200, 0.5],
  ])('reproduces the nurses’ step for %s: SW %d, workload %d, %d staff', (code, standardWorkload, workload, staff) => {
    const step = nurses.activities.find((activity) => activity.activityCode === code);
    expect(step?.standardWorkload).toBeCloseTo(standardWorkload, digits);
    expect(step?.annualWorkload).toBe(workload);
    expect(step?.staffNeeded).toBeCloseTo(staff, digits);
  });

  it('reproduces the nurses’ S 2.0, CAS 10 % + 10 %, CAF 1.25, IAF 0.2, R 2.7, difference −0.7, ratio 0.7407', () => {
    expect(nurses.serviceStaff).toBeCloseTo(2, digits);
    expect(nurses.categoryAllowances.map((allowance) => allowance.percent)).toEqual([10, 10]);
    expect(nurses.categoryAllowanceFactor).toBeCloseTo(1.25, digits);
    expect(nurses.totalIndividualAllowanceHours).toBe(336);
    expect(nurses.individualAllowanceFactor).toBeCloseTo(0.2, digits);
    expect(nurses.requiredStaff).toBeCloseTo(2.7, digits);
    expect(nurses.difference).toBeCloseTo(-0.7, digits);
    expect(nurses.ratio).toBeCloseTo(2 / 2.7, digits);
    expect(nurses.ratio?.toFixed(4)).toBe('0.7407');
    expect(nurses.pressure).toBe('shortage');
    expect(nurses.missingWorkloadActivityCodes).toEqual([]);
  });

  it('reproduces the general practitioner’s available working time: (260 − 55) days × 8 h = 1,640 h', () => {
    expect(doctor.availableWorkingTime.availableWorkingDays).toBe(205);
    expect(doctor.availableWorkingTime.availableWorkingHours).toBe(1640);
  });

  it.each([
    ['curative_consultation', 8200, 6150, 0.75, false],
    ['high_risk_antenatal', 4920, 492, 0.1, false],
    ['teleexpertise_request', 3280, 328, 0.1, false],
    ['school_health_visit', 3280, 0, 0, true],
  ])('reproduces the doctor’s step for %s: SW %d, workload %d, %d staff', (code, sw, workload, staff, missing) => {
    const step = doctor.activities.find((activity) => activity.activityCode === code);
    expect(step?.standardWorkload).toBeCloseTo(sw, digits);
    expect(step?.annualWorkload).toBe(workload);
    expect(step?.staffNeeded).toBeCloseTo(staff, digits);
    expect(step?.workloadMissing).toBe(missing);
  });

  it('reproduces the doctor’s S 0.95, CAS 5 %, CAF 1.0526, IAF 0.2, R 1.2, difference −0.2, ratio 0.8333', () => {
    expect(doctor.serviceStaff).toBeCloseTo(0.95, digits);
    expect(doctor.totalCategoryAllowancePercent).toBeCloseTo(5, digits);
    expect(doctor.categoryAllowanceFactor).toBeCloseTo(1 / 0.95, digits);
    expect(doctor.categoryAllowanceFactor.toFixed(4)).toBe('1.0526');
    expect(doctor.individualAllowanceFactor).toBeCloseTo(0.2, digits);
    expect(doctor.requiredStaff).toBeCloseTo(1.2, digits);
    expect(doctor.difference).toBeCloseTo(-0.2, digits);
    expect(doctor.ratio?.toFixed(4)).toBe('0.8333');
    expect(doctor.pressure).toBe('balanced');
    expect(doctor.missingWorkloadActivityCodes).toEqual(['school_health_visit']);
  });

  it('turns the doctor to a shortage (ratio 0.77) once 328 school health visits are entered', () => {
    const entered = computeWisn({
      standard: ruralGeneralPractitionerStandard,
      workload: { ...ruralGeneralPractitionerWorkload, school_health_visit: 328 },
      actualStaff: 1,
    });
    expect(entered.serviceStaff).toBeCloseTo(1.05, digits);
    expect(entered.requiredStaff.toFixed(3)).toBe('1.305');
    expect(entered.ratio?.toFixed(2)).toBe('0.77');
    expect(entered.pressure).toBe('shortage');
  });

  it('reproduces the centre’s total: R 3.9, actual 3, ratio 0.7692, shortage', () => {
    const region = computeRegionalWisn({
      onDate: '2026-06-30',
      standards: [ruralNurseStandard, ruralGeneralPractitionerStandard],
      establishments: [{ establishmentId: 'csr2-example', establishmentType: 'CSR-2', provinceCode: '01.511' }],
      workloads: [
        ...Object.entries(ruralNurseWorkload).map(([activityCode, annualWorkload]) => ({
          establishmentId: 'csr2-example',
          cadre: 'polyvalent_nurse' as const,
          activityCode,
          annualWorkload,
        })),
        ...Object.entries(ruralGeneralPractitionerWorkload).map(([activityCode, annualWorkload]) => ({
          establishmentId: 'csr2-example',
          cadre: 'general_practitioner' as const,
          activityCode,
          annualWorkload,
        })),
      ],
      actualStaff: [
        { establishmentId: 'csr2-example', cadre: 'polyvalent_nurse', staffCount: 2 },
        { establishmentId: 'csr2-example', cadre: 'general_practitioner', staffCount: 1 },
      ],
    });
    const [centre] = region.byEstablishment;
    expect(centre?.requiredStaff).toBeCloseTo(3.9, digits);
    expect(centre?.actualStaff).toBe(3);
    expect(centre?.difference).toBeCloseTo(-0.9, digits);
    expect(centre?.ratio?.toFixed(4)).toBe('0.7692');
    expect(centre?.pressure).toBe('shortage');
  });
});
