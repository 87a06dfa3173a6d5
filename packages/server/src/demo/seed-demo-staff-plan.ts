import {
  defaultGrades,
  healthTechnicianFields,
  moroccanNames,
  type Cadre,
  type EmploymentStatus,
  type NameEntry,
  type StaffMemberFields,
} from '@tansiq/domain';

/** A demo establishment as the workforce plan reads it. */
export interface DemoStaffEstablishment {
  id: string;
  code: string;
  type: string;
  provinceCode: string;
  beds: number;
  specialties: readonly string[];
}

/** One demo person: the record's fields, the establishment of the primary assignment and its service. */
export interface PlannedStaffMember {
  fields: StaffMemberFields;
  establishmentId: string;
  specialtyCode: string | null;
}

const hospitalTypes = new Set(['HP', 'CHP', 'CHR', 'CHU', 'HS']);
const birthingCentres = new Set(['CSR-2', 'CSU-2']);
const centreTypes = new Set(['CSR-1', 'CSR-2', 'CSU-1', 'CSU-2', 'UMP']);
const isHospital = (e: DemoStaffEstablishment): boolean => hospitalTypes.has(e.type);
const hospitalWeight = (e: DemoStaffEstablishment, perBed: number, base = 0): number =>
  isHospital(e) ? base + e.beds * perBed : 0;
const centreWeight = (e: DemoStaffEstablishment, weight: number): number =>
  centreTypes.has(e.type) ? weight : e.type === 'DR' ? weight / 4 : 0;

/**
 * The TTA public workforce by cadre (issue #5 §11, DOMAIN.md §8): about 4.2 doctors and 10.9 paramedical staff per
 * 10,000 of 4.03 M inhabitants, i.e. ≈ 1,700 doctors (specialists in hospitals, GPs mostly in health centres) and
 * ≈ 4,400 nurses, midwives and technicians, plus pharmacists, dentists, administrative and technical staff. The
 * weights spread each cadre over establishments by type and beds.
 */
export const demoWorkforce: readonly { cadre: Cadre; count: number; weight: (e: DemoStaffEstablishment) => number }[] =
  [
    { cadre: 'specialist', count: 1_000, weight: (e) => hospitalWeight(e, 1, 4) },
    { cadre: 'general_practitioner', count: 700, weight: (e) => centreWeight(e, 1.6) + hospitalWeight(e, 0.03, 2) },
    // A rural dispensary is run by its nurse: every primary care establishment gets one or more.
    {
      cadre: 'polyvalent_nurse',
      count: 2_600,
      weight: (e) => (e.type === 'DR' ? 2 : centreWeight(e, 3)) + hospitalWeight(e, 0.8),
    },
    { cadre: 'specialised_nurse', count: 800, weight: (e) => hospitalWeight(e, 1) },
    {
      cadre: 'midwife',
      count: 650,
      weight: (e) => (birthingCentres.has(e.type) ? 2 : centreWeight(e, 0.3)) + hospitalWeight(e, 0.15),
    },
    { cadre: 'health_technician', count: 350, weight: (e) => hospitalWeight(e, 1) + (e.type === 'CSU-2' ? 8 : 0) },
    { cadre: 'pharmacist', count: 60, weight: (e) => hospitalWeight(e, 0.005, 1) },
    { cadre: 'dentist', count: 90, weight: (e) => (e.type.startsWith('CSU') ? 1 : hospitalWeight(e, 0.004)) },
    { cadre: 'administrative', count: 900, weight: (e) => centreWeight(e, 0.4) + hospitalWeight(e, 0.5, 3) },
    { cadre: 'technical', count: 600, weight: (e) => hospitalWeight(e, 0.5, 2) + centreWeight(e, 0.15) },
  ];

/** Splits `total` over weights, rounding by largest remainder so the counts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) {
    return weights.map(() => 0);
  }
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (const { index } of order) {
    if (missing <= 0) {
      break;
    }
    counts[index] = (counts[index] ?? 0) + 1;
    missing -= 1;
  }
  return counts;
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) {
    throw new Error('Cannot pick from an empty list');
  }
  return item;
}

function pickName(entries: readonly NameEntry[], random: () => number): NameEntry {
  const total = entries.reduce((sum, entry) => sum + entry.weight, 0);
  let left = random() * total;
  for (const entry of entries) {
    left -= entry.weight;
    if (left <= 0) {
      return entry;
    }
  }
  return pick(entries, random);
}

const femaleShare: Partial<Record<Cadre, number>> = { midwife: 1, polyvalent_nurse: 0.62, specialised_nurse: 0.55 };

function serviceOf(cadre: Cadre, establishment: DemoStaffEstablishment, random: () => number): string | null {
  const services = establishment.specialties.filter((code) => code !== 'general_medicine');
  if (cadre === 'specialist') {
    return services.length > 0 ? pick(services, random) : 'internal_medicine';
  }
  const nursing = cadre === 'polyvalent_nurse' || cadre === 'specialised_nurse' || cadre === 'midwife';
  return nursing && isHospital(establishment) && services.length > 0 ? pick(services, random) : null;
}

function employmentStatusOf(
  cadre: Cadre,
  establishment: DemoStaffEstablishment,
  random: () => number,
): EmploymentStatus {
  if (cadre === 'specialist' && establishment.type === 'CHU' && random() < 0.5) {
    return 'hospital_university';
  }
  const draw = random();
  return draw < 0.8 ? 'civil_servant_transferred' : draw < 0.98 ? 'gst_contract' : 'private_under_convention';
}

/** One generated person of a cadre working at an establishment; `serial` makes the CIN unique. */
export function planStaffMember(
  cadre: Cadre,
  establishment: DemoStaffEstablishment,
  serial: number,
  random: () => number,
): PlannedStaffMember {
  const sex = random() < (femaleShare[cadre] ?? 0.45) ? 'female' : 'male';
  const given = pickName(sex === 'female' ? moroccanNames.female : moroccanNames.male, random);
  const family = pickName(moroccanNames.family, random);
  const age = 26 + Math.floor(random() * 34);
  const birthYear = 2026 - age;
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const employedYear = Math.max(1995, birthYear + 25 + Math.floor(random() * Math.max(1, age - 25)));
  const specialtyCode = serviceOf(cadre, establishment, random);
  const fields: StaffMemberFields = {
    givenNameLatin: given.latin,
    familyNameLatin: family.latin,
    givenNameArabic: given.arabic,
    familyNameArabic: family.arabic,
    cin: `${random() < 0.5 ? 'K' : 'L'}${String(100_000 + serial).padStart(6, '0')}`,
    sex,
    birthDate: `${birthYear}-${month}-${day}`,
    phone: null,
    email: null,
    cadre,
    specialtyCode: cadre === 'specialist' ? specialtyCode : null,
    technicianField: cadre === 'health_technician' ? pick(healthTechnicianFields.slice(0, 9), random) : null,
    grade: pick(defaultGrades[cadre], random),
    step: 1 + Math.floor(random() * 10),
    employmentStatus: employmentStatusOf(cadre, establishment, random),
    employedFrom: `${Math.min(employedYear, 2025)}-09-01`,
    employedTo: null,
    userId: null,
    qualifications: [],
  };
  return { fields, establishmentId: establishment.id, specialtyCode };
}

/** The whole demo workforce: each cadre apportioned over the establishments, deterministic for a `random`. */
export function planDemoWorkforce(
  establishments: readonly DemoStaffEstablishment[],
  random: () => number,
): PlannedStaffMember[] {
  const planned: PlannedStaffMember[] = [];
  for (const { cadre, count, weight } of demoWorkforce) {
    const counts = apportion(count, establishments.map(weight));
    establishments.forEach((establishment, index) => {
      for (let n = 0; n < (counts[index] ?? 0); n += 1) {
        planned.push(planStaffMember(cadre, establishment, planned.length, random));
      }
    });
  }
  return planned;
}
