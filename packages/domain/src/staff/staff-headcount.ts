import { ratePer10k } from '../territory/rate-per-10k';
import { doctorCadres, nursingCadres, type Cadre } from './cadres';

/**
 * Headcount and densities for the HR dashboards (issue #5 §9, DOMAIN.md §8). A person counts once, where their primary
 * assignment is on the day; densities are per 10,000 inhabitants (RGPH 2024).
 */
export interface HeadcountMember {
  cadre: Cadre;
  establishmentId: string;
  provinceCode: string;
}

/** National figures (Carte sanitaire 2024; RGPH 2024 population), the comparison points of the dashboards. */
export const nationalWorkforceFigures = {
  population: 36_828_330,
  publicDoctors: 15_452,
  allDoctors: 32_665,
  publicParamedical: 40_102,
  publicPolyvalentNurses: 18_147,
  publicMidwives: 6_527,
} as const;

/** The national public densities per 10,000: doctors ≈ 4.2 and paramedical staff ≈ 10.9. */
export const nationalDensitiesPer10k = {
  publicDoctors: ratePer10k(nationalWorkforceFigures.publicDoctors, nationalWorkforceFigures.population),
  allDoctors: ratePer10k(nationalWorkforceFigures.allDoctors, nationalWorkforceFigures.population),
  publicParamedical: ratePer10k(nationalWorkforceFigures.publicParamedical, nationalWorkforceFigures.population),
} as const;

/** Doctors + nurses + midwives per 10,000 inhabitants cited in Morocco as the minimum (WHO's 2016 SDG figure is 44.5). */
export const DENSITY_THRESHOLD_PER_10K = 23;

/** Paramedical staff as the national figures count them: nurses, midwives and health technicians. */
export const paramedicalCadres: readonly Cadre[] = [...nursingCadres, 'health_technician'];

/** One line of a headcount table: people per group and, among them, doctors, nurses and midwives, paramedical staff. */
export interface HeadcountRow {
  key: string;
  headcount: number;
  doctors: number;
  nursesAndMidwives: number;
  paramedical: number;
}

const emptyRow = (key: string): HeadcountRow => ({
  key,
  headcount: 0,
  doctors: 0,
  nursesAndMidwives: 0,
  paramedical: 0,
});

/** Headcount per cadre, establishment or province, sorted by key. */
export function headcountBy(
  members: readonly HeadcountMember[],
  dimension: 'cadre' | 'establishmentId' | 'provinceCode',
): HeadcountRow[] {
  const rows = new Map<string, HeadcountRow>();
  for (const member of members) {
    const key = member[dimension];
    const row = rows.get(key) ?? emptyRow(key);
    row.headcount += 1;
    row.doctors += doctorCadres.includes(member.cadre) ? 1 : 0;
    row.nursesAndMidwives += nursingCadres.includes(member.cadre) ? 1 : 0;
    row.paramedical += paramedicalCadres.includes(member.cadre) ? 1 : 0;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Densities of one area against the national figures and the 23 per 10,000 threshold. */
export interface WorkforceDensity {
  population: number;
  doctorsPer10k: number;
  paramedicalPer10k: number;
  /** Doctors + nurses + midwives per 10,000, the figure the threshold reads. */
  densityPer10k: number;
  meetsThreshold: boolean;
  /** Doctors, nurses or midwives missing to reach the threshold (0 when it is met). */
  shortfallToThreshold: number;
  nationalDoctorsPer10k: number;
  nationalParamedicalPer10k: number;
}

/** The densities of a headcount row for an area's population. */
export function workforceDensity(row: HeadcountRow, population: number): WorkforceDensity {
  const core = row.doctors + row.nursesAndMidwives;
  const needed = Math.ceil((DENSITY_THRESHOLD_PER_10K * population) / 10_000);
  const densityPer10k = ratePer10k(core, population);
  return {
    population,
    doctorsPer10k: ratePer10k(row.doctors, population),
    paramedicalPer10k: ratePer10k(row.paramedical, population),
    densityPer10k,
    meetsThreshold: population > 0 && core >= needed,
    shortfallToThreshold: Math.max(0, needed - core),
    nationalDoctorsPer10k: nationalDensitiesPer10k.publicDoctors,
    nationalParamedicalPer10k: nationalDensitiesPer10k.publicParamedical,
  };
}

/** Headcount and densities per province; provinces without staff still appear, with zeros. */
export function densityByProvince(
  members: readonly HeadcountMember[],
  provinces: readonly { code: string; population: number }[],
): (HeadcountRow & WorkforceDensity)[] {
  const rows = new Map(headcountBy(members, 'provinceCode').map((row) => [row.key, row]));
  return provinces.map((province) => {
    const row = rows.get(province.code) ?? emptyRow(province.code);
    return { ...row, ...workforceDensity(row, province.population) };
  });
}
