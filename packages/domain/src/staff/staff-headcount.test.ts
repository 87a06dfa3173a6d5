import { describe, expect, it } from 'vitest';
import type { Cadre } from './cadres';
import {
  densityByProvince,
  headcountBy,
  nationalDensitiesPer10k,
  workforceDensity,
  type HeadcountMember,
} from './staff-headcount';

const people = (
  count: number,
  cadre: Cadre,
  establishmentId = 'hospital',
  provinceCode = '01.511',
): HeadcountMember[] => Array.from({ length: count }, () => ({ cadre, establishmentId, provinceCode }));

const members: HeadcountMember[] = [
  ...people(4, 'general_practitioner'),
  ...people(6, 'specialist'),
  ...people(10, 'polyvalent_nurse'),
  ...people(3, 'midwife', 'centre', '01.151'),
  ...people(2, 'health_technician', 'centre', '01.151'),
  ...people(5, 'administrative'),
];

describe('nationalDensitiesPer10k', () => {
  it('matches the national public densities of DOMAIN.md §8 (doctors ≈ 4.2, paramedical ≈ 10.9)', () => {
    expect(nationalDensitiesPer10k.publicDoctors).toBeCloseTo(4.2, 1);
    expect(nationalDensitiesPer10k.publicParamedical).toBeCloseTo(10.9, 1);
  });
});

describe('headcountBy', () => {
  it.each([
    {
      dimension: 'cadre' as const,
      expected: [
        ['administrative', 5, 0, 0, 0],
        ['general_practitioner', 4, 4, 0, 0],
        ['health_technician', 2, 0, 0, 2],
        ['midwife', 3, 0, 3, 3],
        ['polyvalent_nurse', 10, 0, 10, 10],
        ['specialist', 6, 6, 0, 0],
      ],
    },
    {
      dimension: 'establishmentId' as const,
      expected: [
        ['centre', 5, 0, 3, 5],
        ['hospital', 25, 10, 10, 10],
      ],
    },
    {
      dimension: 'provinceCode' as const,
      expected: [
        ['01.151', 5, 0, 3, 5],
        ['01.511', 25, 10, 10, 10],
      ],
    },
  ])('counts people per $dimension', ({ dimension, expected }) => {
    expect(
      headcountBy(members, dimension).map((row) => [
        row.key,
        row.headcount,
        row.doctors,
        row.nursesAndMidwives,
        row.paramedical,
      ]),
    ).toEqual(expected);
  });
});

describe('workforceDensity', () => {
  const row = { key: 'x', headcount: 30, doctors: 10, nursesAndMidwives: 13, paramedical: 15 };
  it.each([
    { population: 10_000, density: 23, meets: true, shortfall: 0 },
    { population: 10_001, density: 23, meets: false, shortfall: 1 },
    { population: 20_000, density: 11.5, meets: false, shortfall: 23 },
    { population: 0, density: 0, meets: false, shortfall: 0 },
  ])('gives $density per 10,000 for $population inhabitants', ({ population, density, meets, shortfall }) => {
    const result = workforceDensity(row, population);
    expect([result.densityPer10k, result.meetsThreshold, result.shortfallToThreshold]).toEqual([
      density,
      meets,
      shortfall,
    ]);
  });

  it('reports doctors and paramedical staff next to the national figures', () => {
    expect(workforceDensity(row, 50_000)).toMatchObject({
      doctorsPer10k: 2,
      paramedicalPer10k: 3,
      nationalDoctorsPer10k: nationalDensitiesPer10k.publicDoctors,
      nationalParamedicalPer10k: nationalDensitiesPer10k.publicParamedical,
    });
  });
});

describe('densityByProvince', () => {
  it('lists every province, with zeros where nobody works', () => {
    const rows = densityByProvince(members, [
      { code: '01.511', population: 100_000 },
      { code: '01.999', population: 50_000 },
    ]);
    expect(rows.map((row) => [row.key, row.headcount, row.densityPer10k, row.shortfallToThreshold])).toEqual([
      ['01.511', 25, 2, 210],
      ['01.999', 0, 0, 115],
    ]);
  });
});
