import { seededRandom, type EstablishmentType } from '@tansiq/domain';
import { defaultServiceStay, demoWorkloadRates as rates, serviceStays } from './demo-wisn-workload-rates';

/** A demo establishment as the workload plan reads it: type, place and beds per service. */
export interface DemoWorkloadEstablishment {
  id: string;
  code: string;
  type: EstablishmentType;
  provinceCode: string;
  communeCode: string | null;
  beds: Readonly<Record<string, number>>;
}

/** Drivers and scope of a plan: RGPH 2024 populations, the years, the activity codes of each type's standards. */
export interface DemoWorkloadInput {
  establishments: readonly DemoWorkloadEstablishment[];
  communePopulation: ReadonlyMap<string, number>;
  provincePopulation: ReadonlyMap<string, number>;
  years: readonly number[];
  codesByType: ReadonlyMap<string, ReadonlySet<string>>;
}

/** One entered annual figure. */
export interface DemoWorkloadFigure {
  establishmentId: string;
  year: number;
  activityCode: string;
  annualWorkload: number;
}

const primaryTypes = new Set<string>(['DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2', 'UMP']);
const hospitalTypes = new Set<string>(['HP', 'CHP', 'CHR', 'CHU', 'HS']);
const maternalReferenceTypes = new Set<string>(['CSR-2', 'CSU-2']);
const regionalTypes = new Set<string>(['CHU', 'CHR']);

/** FNV-1a of a text, so each establishment (and year) draws its own stable variation. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  return hash;
}

/** A factor in [1 − spread, 1 + spread], fixed for a key. */
const variation = (key: string, spread: number): number => 1 - spread + 2 * spread * seededRandom(hashText(key))();

const sum = (values: Iterable<number>): number => [...values].reduce((total, value) => total + value, 0);
const bedsOf = (establishment: DemoWorkloadEstablishment): number => sum(Object.values(establishment.beds));
const share = (weight: number, total: number): number => (total > 0 ? weight / total : 0);

/** Shares of a group's total by weight, keyed by establishment id. */
function sharesBy<Key>(
  items: readonly DemoWorkloadEstablishment[],
  groupOf: (item: DemoWorkloadEstablishment) => Key,
  weightOf: (item: DemoWorkloadEstablishment) => number,
): Map<string, number> {
  const totals = new Map<Key, number>();
  for (const item of items) {
    totals.set(groupOf(item), (totals.get(groupOf(item)) ?? 0) + weightOf(item));
  }
  return new Map(items.map((item) => [item.id, share(weightOf(item), totals.get(groupOf(item)) ?? 0)]));
}

/** Annual figures of a primary care centre from the population it serves (its share of its commune's). */
function primaryFigures(
  communePopulation: number,
  ownShare: number,
  maternalShare: number,
  beds: Readonly<Record<string, number>>,
  use: number,
): Record<string, number> {
  const served = communePopulation * ownShare;
  const births = served * rates.birthRate;
  const maternalPerInhabitant =
    rates.birthRate * rates.maternalVisitsPerBirth * rates.maternalVisitsInPrimaryCare + rates.familyPlanningVisits;
  return {
    curative_consultation: served * rates.primaryConsultations * use,
    emergency_visit: served * rates.primaryEmergencies * use,
    maternal_health_consultation: communePopulation * maternalShare * maternalPerInhabitant * use,
    child_vaccination: births * rates.vaccinationDosesPerBirth,
    school_health_visit: served * rates.schoolHealthVisits * use,
    delivery: ((beds.maternal_health ?? 0) * 365 * rates.birthingUnitOccupancy * use) / rates.birthingUnitStay,
  };
}

/** Annual figures of a hospital from its beds and the share of its province it serves. */
function hospitalFigures(
  establishment: DemoWorkloadEstablishment,
  population: { served: number; referredFromRegion: number; emergencies: number; births: number },
  use: number,
  bedUse: number,
): Record<string, number> {
  let inpatientDays = 0;
  let maternityDays = 0;
  let admissions = 0;
  let surgicalAdmissions = 0;
  for (const [specialty, beds] of Object.entries(establishment.beds)) {
    if (specialty === 'emergency') {
      continue;
    }
    const stay = serviceStays[specialty] ?? defaultServiceStay;
    const days = beds * 365 * stay.occupancy * bedUse;
    inpatientDays += days;
    maternityDays += specialty === 'gynaecology_obstetrics' ? days : 0;
    admissions += days / stay.lengthOfStay;
    surgicalAdmissions += stay.surgical ? days / stay.lengthOfStay : 0;
  }
  const deliveries = population.births * use;
  const specialistPopulation = population.served + population.referredFromRegion;
  const specialistConsultations = specialistPopulation * rates.specialistConsultations * use;
  return {
    inpatient_day: inpatientDays,
    maternity_inpatient_day: maternityDays,
    hospital_admission: admissions,
    surgical_operation: surgicalAdmissions * rates.operatedShare + deliveries * rates.caesareanShare,
    delivery: deliveries,
    maternal_health_consultation: deliveries * rates.maternityConsultationsPerDelivery,
    emergency_visit: population.emergencies * rates.hospitalEmergencies * use,
    specialist_consultation: specialistConsultations,
    curative_consultation: population.served * rates.hospitalGeneralConsultations * use,
    attended_referral: specialistConsultations * rates.referredShare,
    teleexpertise_answer: (specialistPopulation / 1000) * rates.teleexpertisePerThousand * use,
    teleconsultation: (specialistPopulation / 1000) * rates.teleconsultationsPerThousand * use,
  };
}

/**
 * The demo's entered annual workload (docs/wisn-worked-example.md, "Demonstration workload"): for each year and
 * each primary care centre or public hospital, one figure per activity code its type's standards list, derived from
 * the population it serves and its beds. A primary care centre serves an equal share of its commune (centres with a
 * midwife team weigh more for maternal health); a hospital serves its province in proportion to its beds (deliveries
 * to its maternity beds, emergencies among the hospitals with an emergency service); the CHU and CHR also receive
 * a share of the rest of the region's specialist demand. Each establishment has a stable
 * ±15 % utilisation and ±10 % bed use of its own, and each year a ±3 % drift; population grows after 2024. Pure.
 */
export function planDemoWisnWorkload(input: DemoWorkloadInput): DemoWorkloadFigure[] {
  const primary = input.establishments.filter((item) => primaryTypes.has(item.type));
  const hospitals = input.establishments.filter((item) => hospitalTypes.has(item.type));
  const communeShare = sharesBy(
    primary,
    (item) => item.communeCode,
    () => 1,
  );
  const maternalShare = sharesBy(
    primary,
    (item) => item.communeCode,
    (item) => (maternalReferenceTypes.has(item.type) ? rates.maternalReferenceWeight : 1),
  );
  const provinceShare = sharesBy(hospitals, (item) => item.provinceCode, bedsOf);
  const emergencyShare = sharesBy(
    hospitals,
    (item) => item.provinceCode,
    (item) => ((item.beds.emergency ?? 0) > 0 ? bedsOf(item) : 0),
  );
  const regionalShare = sharesBy(
    hospitals,
    () => 'region',
    (item) => (regionalTypes.has(item.type) ? bedsOf(item) : 0),
  );
  const regionPopulation = sum(input.provincePopulation.values());
  const birthShare = sharesBy(
    hospitals,
    (item) => item.provinceCode,
    (item) => item.beds.gynaecology_obstetrics ?? 0,
  );
  const figures: DemoWorkloadFigure[] = [];
  for (const year of input.years) {
    const growth = (1 + rates.populationGrowth) ** (year - 2024);
    for (const establishment of [...primary, ...hospitals]) {
      const codes = input.codesByType.get(establishment.type);
      if (codes === undefined || codes.size === 0) {
        continue;
      }
      const use = variation(establishment.code, 0.15) * variation(`${establishment.code}|${year}`, 0.03);
      const id = establishment.id;
      let planned: Record<string, number>;
      if (primaryTypes.has(establishment.type)) {
        const commune = (input.communePopulation.get(establishment.communeCode ?? '') ?? 0) * growth;
        planned = primaryFigures(
          commune,
          communeShare.get(id) ?? 0,
          maternalShare.get(id) ?? 0,
          establishment.beds,
          use,
        );
      } else {
        const province = (input.provincePopulation.get(establishment.provinceCode) ?? 0) * growth;
        const population = {
          served: province * (provinceShare.get(id) ?? 0),
          referredFromRegion:
            (regionPopulation * growth - province) * rates.regionalReferralShare * (regionalShare.get(id) ?? 0),
          emergencies: province * (emergencyShare.get(id) ?? 0),
          births: province * rates.birthRate * rates.hospitalBirthShare * (birthShare.get(id) ?? 0),
        };
        planned = hospitalFigures(establishment, population, use, variation(`${establishment.code}|beds`, 0.1));
      }
      for (const activityCode of [...codes].sort()) {
        const value = planned[activityCode];
        if (value !== undefined) {
          figures.push({ establishmentId: id, year, activityCode, annualWorkload: Math.round(value) });
        }
      }
    }
  }
  return figures;
}
