import { describe, expect, it } from 'vitest';
import { demoWorkloadRates as rates } from './demo-wisn-workload-rates';
import {
  planDemoWisnWorkload,
  type DemoWorkloadEstablishment,
  type DemoWorkloadFigure,
  type DemoWorkloadInput,
} from './plan-demo-wisn-workload';

const primaryCodes = new Set([
  'curative_consultation',
  'emergency_visit',
  'maternal_health_consultation',
  'child_vaccination',
  'school_health_visit',
  'delivery',
]);
const hospitalCodes = new Set([
  'inpatient_day',
  'hospital_admission',
  'delivery',
  'emergency_visit',
  'specialist_consultation',
  'surgical_operation',
]);

const centre = (code: string, communeCode: string, type = 'CSR-1'): DemoWorkloadEstablishment => ({
  id: `id-${code}`,
  code,
  type: type as DemoWorkloadEstablishment['type'],
  provinceCode: '01.151',
  communeCode,
  beds: type === 'CSR-2' ? { general_medicine: 0, maternal_health: 6 } : { general_medicine: 0 },
});

const chp: DemoWorkloadEstablishment = {
  id: 'id-chp',
  code: 'CHP',
  type: 'CHP',
  provinceCode: '01.151',
  communeCode: 'A',
  beds: { emergency: 10, internal_medicine: 40, gynaecology_obstetrics: 40, general_surgery: 40 },
};

function plan(overrides: Partial<DemoWorkloadInput> = {}): DemoWorkloadFigure[] {
  return planDemoWisnWorkload({
    establishments: [centre('C1', 'A'), centre('C2', 'B', 'CSR-2'), chp],
    communePopulation: new Map([
      ['A', 20_000],
      ['B', 10_000],
    ]),
    provincePopulation: new Map([['01.151', 400_000]]),
    years: [2025],
    codesByType: new Map([
      ['CSR-1', primaryCodes],
      ['CSR-2', primaryCodes],
      ['CHP', hospitalCodes],
    ]),
    ...overrides,
  });
}

const figureOf = (figures: DemoWorkloadFigure[], id: string, code: string, year = 2025): number =>
  figures.find((f) => f.establishmentId === id && f.activityCode === code && f.year === year)?.annualWorkload ?? NaN;

describe('planDemoWisnWorkload', () => {
  it('gives a centre twice the population-driven activity when its commune has twice the population', () => {
    const base = plan();
    const doubled = plan({
      communePopulation: new Map([
        ['A', 40_000],
        ['B', 10_000],
      ]),
    });
    for (const code of ['curative_consultation', 'emergency_visit', 'child_vaccination', 'school_health_visit']) {
      expect(Math.abs(figureOf(doubled, 'id-C1', code) - 2 * figureOf(base, 'id-C1', code))).toBeLessThanOrEqual(1);
    }
    // The other commune's centre does not move.
    expect(figureOf(doubled, 'id-C2', 'curative_consultation')).toBe(figureOf(base, 'id-C2', 'curative_consultation'));
  });

  it('follows the documented rates within the establishment variation', () => {
    // 2025 is a year after the census: 20,000 inhabitants in 2024 are 20,170 in 2025.
    const population = 20_000 * (1 + rates.populationGrowth);
    const consultations = figureOf(plan(), 'id-C1', 'curative_consultation');
    expect(consultations / (population * rates.primaryConsultations)).toBeGreaterThanOrEqual(0.85 * 0.97 - 1e-4);
    expect(consultations / (population * rates.primaryConsultations)).toBeLessThanOrEqual(1.15 * 1.03 + 1e-4);
    // Vaccination follows births only: 20,170 × 17.5 ‰ × 19 doses.
    expect(figureOf(plan(), 'id-C1', 'child_vaccination')).toBe(
      Math.round(population * rates.birthRate * rates.vaccinationDosesPerBirth),
    );
  });

  it('shares a commune between its centres and counts deliveries only where there are maternity beds', () => {
    const shared = plan({ establishments: [centre('C1', 'A'), centre('C3', 'A'), chp] });
    const alone = plan();
    const ratio =
      figureOf(shared, 'id-C1', 'curative_consultation') / figureOf(alone, 'id-C1', 'curative_consultation');
    expect(ratio).toBeCloseTo(0.5, 2);
    expect(figureOf(alone, 'id-C1', 'delivery')).toBe(0);
    expect(figureOf(alone, 'id-C2', 'delivery')).toBeGreaterThan(300);
  });

  it('drives hospital inpatient days by beds and emergencies by the province population', () => {
    const base = plan();
    const moreBeds = plan({
      establishments: [{ ...chp, beds: { ...chp.beds, internal_medicine: 80, general_surgery: 80 } }],
    });
    const days = figureOf(base, 'id-chp', 'inpatient_day');
    // 40 medical beds at 65 % and 40 maternity beds at 80 %, 40 surgical at 65 % (emergency beds are observation).
    const expected = (40 * 0.65 + 40 * 0.8 + 40 * 0.65) * 365;
    expect(days / expected).toBeGreaterThan(0.89);
    expect(days / expected).toBeLessThan(1.11);
    expect(figureOf(moreBeds, 'id-chp', 'inpatient_day') - days).toBeCloseTo(80 * 0.65 * 365 * (days / expected), -1);
    const doubled = plan({ provincePopulation: new Map([['01.151', 800_000]]) });
    const emergencies = figureOf(base, 'id-chp', 'emergency_visit');
    expect(Math.abs(figureOf(doubled, 'id-chp', 'emergency_visit') - 2 * emergencies)).toBeLessThanOrEqual(1);
  });

  it('writes exactly the codes of the type’s standards, none for a type without standards', () => {
    const figures = plan({ codesByType: new Map([['CHP', new Set(['inpatient_day', 'unknown_code'])]]) });
    expect(figures.map((f) => `${f.establishmentId} ${f.activityCode}`)).toEqual(['id-chp inpatient_day']);
  });

  it('is deterministic, differs between establishments and grows with the population from one year to the next', () => {
    const twoYears = plan({ years: [2025, 2026] });
    expect(plan({ years: [2025, 2026] })).toEqual(twoYears);
    const twin = plan({ establishments: [centre('C1', 'A'), centre('C9', 'B')] });
    expect(figureOf(twin, 'id-C9', 'curative_consultation')).not.toBe(
      figureOf(twin, 'id-C1', 'curative_consultation') / 2,
    );
    const growth =
      figureOf(twoYears, 'id-C1', 'child_vaccination', 2026) / figureOf(twoYears, 'id-C1', 'child_vaccination');
    expect(growth).toBeCloseTo(1 + rates.populationGrowth, 3);
  });
});
