import {
  findContainingFeature,
  isPointInPolygon,
  seededRandom,
  type EstablishmentType,
  type PolygonalGeometry,
} from '@tansiq/domain';
import type { EstablishmentSeed } from './establishment-seed';
import type { OsmFacility, TtaCommune } from './load-reference-files';

/**
 * Demonstration primary care network (ESSP) for Tanger-Tétouan-Al Hoceima. Real OSM health centres are kept; the
 * rest is generated so that each province has about the national density (≈2,200 ESSP for 36.8 M people, DOMAIN.md
 * §4), but never fewer than one establishment per rural commune, which lifts Al Hoceima and Chefchaouen above it.
 * Generated establishments are fictitious: they are flagged `isGenerated` and must never be shown as real.
 */

export const NATIONAL_ESSP_COUNT = 2200;
export const NATIONAL_POPULATION_2024 = 36_828_330;
/** Rural communes below this size get a dispensaire rural (DR) rather than a health centre. */
export const DISPENSARY_MAX_POPULATION = 8000;
/** Urban communes from this size always get at least one centre; smaller ones are suburbs served by their neighbour. */
export const URBAN_MINIMUM_POPULATION = 10_000;
const DEFAULT_SEED = 20_240_901;
const DEDUPE_DISTANCE_M = 200;
const MAX_PLACEMENT_ATTEMPTS = 25;

export interface TtaPrimaryCareInput {
  communes: readonly TtaCommune[];
  /** OSM rows of region 01; a row is used only if its point falls in one of `communes`. */
  osmFacilities: readonly OsmFacility[];
  seed?: number;
}

/** Province ESSP count at the national density, before the one-per-commune floor. */
export function nationalDensityTarget(population: number): number {
  return Math.round((population * NATIONAL_ESSP_COUNT) / NATIONAL_POPULATION_2024);
}

/** Minimum a commune gets: every OSM centre found in it, and at least one if it is rural or a sizeable town. */
export function communeMinimum(commune: TtaCommune, osmCount: number): number {
  const needsOne = commune.type === 'rural' || commune.population2024 >= URBAN_MINIMUM_POPULATION;
  return Math.max(osmCount, needsOne ? 1 : 0);
}

/** FNV-1a, to derive one PRNG per commune: adding a commune never moves the points of the others. */
function hashString(value: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (const char of value) {
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  return hash;
}

/** Code-unit order, so the output never depends on the runtime's locale data. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function distanceMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const metresPerDegree = 111_320;
  const dx = (lon2 - lon1) * metresPerDegree * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const dy = (lat2 - lat1) * metresPerDegree;
  return Math.hypot(dx, dy);
}

function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const primaryCareName = /^(centre de sante|centre sante|cs |dispensaire)|مركز صحي|المركز الصحي|مستوصف/;
const notPrimaryCareName = /hopital|clinique|clinic|pharmacie|dentaire|dentiste|laboratoire|مستشفى|مصحة|صيدلية/;
const birthingName = /accouchement|maternite|دار الولادة/;

/** OSM points whose name says public primary care, without near-duplicates (same name within 200 m). */
export function selectOsmPrimaryCare(facilities: readonly OsmFacility[]): OsmFacility[] {
  const candidates = facilities
    .filter((facility) => !['pharmacy', 'dentist', 'laboratory'].includes(facility.category))
    .filter(
      (facility) => primaryCareName.test(foldName(facility.name)) && !notPrimaryCareName.test(foldName(facility.name)),
    )
    .sort((a, b) => compareStrings(a.osmId, b.osmId));
  const kept: OsmFacility[] = [];
  for (const facility of candidates) {
    const duplicate = kept.some(
      (other) =>
        foldName(other.name) === foldName(facility.name) &&
        distanceMetres(other.lon, other.lat, facility.lon, facility.lat) < DEDUPE_DISTANCE_M,
    );
    if (!duplicate) {
      kept.push(facility);
    }
  }
  return kept;
}

/** Establishment counts per commune: the floor first, then the rest by largest remainder on population. */
function allocateProvince(
  communes: readonly TtaCommune[],
  osmCounts: ReadonlyMap<string, number>,
): Map<string, number> {
  const population = communes.reduce((sum, commune) => sum + commune.population2024, 0);
  const allocation = new Map(
    communes.map((commune) => [commune.code, communeMinimum(commune, osmCounts.get(commune.code) ?? 0)]),
  );
  const floor = [...allocation.values()].reduce((sum, count) => sum + count, 0);
  // Where the floor exceeds the national density (Al Hoceima: 31 rural communes for a target of 22), the floor wins.
  const target = Math.max(nationalDensityTarget(population), floor);
  const quota = (commune: TtaCommune): number => (target * commune.population2024) / population;
  for (let given = floor; given < target; given += 1) {
    // Giving each unit to the largest unmet quota is Hamilton's largest remainder method with minimums.
    let best: TtaCommune | undefined;
    for (const commune of communes) {
      const deficit = quota(commune) - (allocation.get(commune.code) ?? 0);
      const bestDeficit = best === undefined ? -Infinity : quota(best) - (allocation.get(best.code) ?? 0);
      if (deficit > bestDeficit) {
        best = commune;
      }
    }
    if (best !== undefined) {
      allocation.set(best.code, (allocation.get(best.code) ?? 0) + 1);
    }
  }
  return allocation;
}

interface PlannedEstablishment {
  commune: TtaCommune;
  type: EstablishmentType;
  nameFr: string;
  nameAr: string | null;
  lon: number;
  lat: number;
  maternityBeds: number;
  osmId: string | null;
}

function describeService(
  type: EstablishmentType,
  maternityBeds: number,
): Pick<EstablishmentSeed, 'services' | 'equipment' | 'openingHours'> {
  const services = [{ specialtyCode: 'general_medicine', beds: 0 }];
  const equipment: EstablishmentSeed['equipment'] = [];
  if (type === 'CSR-2') {
    services.push({ specialtyCode: 'maternal_health', beds: maternityBeds });
    equipment.push({ equipmentCode: 'delivery_room', quantity: 1 }, { equipmentCode: 'ultrasound', quantity: 1 });
  }
  if (type === 'CSU-2') {
    services.push({ specialtyCode: 'laboratory', beds: 0 }, { specialtyCode: 'radiology', beds: 0 });
    equipment.push({ equipmentCode: 'ultrasound', quantity: 1 });
  }
  // Birthing units and proximity emergencies never close; other ESSP keep office hours.
  const openingHours = type === 'CSR-2' || type === 'UMP' ? '24/7' : 'Mo-Fr 08:30-16:30';
  return { services, equipment, openingHours };
}

/** A point within `radiusKm` of the commune's interior point and still inside the commune; the interior point if none is found. */
function placeInCommune(commune: TtaCommune, random: () => number, radiusKm: number): { lon: number; lat: number } {
  for (let attempt = 0; attempt < MAX_PLACEMENT_ATTEMPTS; attempt += 1) {
    const angle = random() * 2 * Math.PI;
    const distanceKm = radiusKm * Math.sqrt(random());
    const lat = commune.ptLat + (distanceKm * Math.sin(angle)) / 111.32;
    const lon = commune.ptLon + (distanceKm * Math.cos(angle)) / (111.32 * Math.cos((commune.ptLat * Math.PI) / 180));
    const rounded = { lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 };
    if (isPointInPolygon(rounded.lon, rounded.lat, commune.geometry)) {
      return rounded;
    }
  }
  return { lon: commune.ptLon, lat: commune.ptLat };
}

function generatedNames(
  commune: TtaCommune,
  type: EstablishmentType,
  index: number,
): { nameFr: string; nameAr: string } {
  const suffix = index > 1 ? ` ${index}` : '';
  if (type === 'DR') {
    return { nameFr: `Dispensaire rural ${commune.nameFr}${suffix}`, nameAr: `مستوصف قروي ${commune.nameAr}${suffix}` };
  }
  if (commune.type === 'urban') {
    return {
      nameFr: `Centre de santé urbain ${commune.nameFr}${suffix}`,
      nameAr: `المركز الصحي الحضري ${commune.nameAr}${suffix}`,
    };
  }
  return {
    nameFr: `Centre de santé rural ${commune.nameFr}${suffix}`,
    nameAr: `المركز الصحي القروي ${commune.nameAr}${suffix}`,
  };
}

function osmType(facility: OsmFacility, commune: TtaCommune): EstablishmentType {
  if (birthingName.test(foldName(facility.name))) {
    return 'CSR-2';
  }
  return commune.type === 'urban' ? 'CSU-1' : 'CSR-1';
}

/** Arabic part of a bilingual OSM name ("Clinique Bennis مصحة بنيس"), or null. */
function arabicPart(name: string): string | null {
  const match = /[\u0600-\u06FF][\u0600-\u06FF\s]*/.exec(name);
  return match ? match[0].trim() : null;
}

/** Each OSM centre under the commune that contains it; centres outside every commune are dropped. */
function locateOsmCentres(
  facilities: readonly OsmFacility[],
  communes: readonly TtaCommune[],
): Map<string, OsmFacility[]> {
  const byCommune = new Map<string, OsmFacility[]>();
  for (const facility of selectOsmPrimaryCare(facilities)) {
    const commune = findContainingFeature(facility.lon, facility.lat, communes);
    if (commune !== undefined) {
      byCommune.set(commune.code, [...(byCommune.get(commune.code) ?? []), facility]);
    }
  }
  return byCommune;
}

/** Rotations rather than coin flips, so the CSU-2 (1 in 4) and CSR-2 (1 in 3) shares are exact and stable. */
function createTypeRotation(): (commune: TtaCommune) => EstablishmentType {
  let urbanRank = 0;
  let ruralRank = 0;
  return (commune) => {
    if (commune.type === 'urban') {
      urbanRank += 1;
      return urbanRank % 4 === 1 ? 'CSU-2' : 'CSU-1';
    }
    if (commune.population2024 < DISPENSARY_MAX_POPULATION) {
      return 'DR';
    }
    ruralRank += 1;
    return ruralRank % 3 === 1 ? 'CSR-2' : 'CSR-1';
  };
}

function planProvince(
  communes: readonly TtaCommune[],
  osmByCommune: ReadonlyMap<string, readonly OsmFacility[]>,
  seed: number,
): PlannedEstablishment[] {
  const allocation = allocateProvince(communes, new Map([...osmByCommune].map(([code, list]) => [code, list.length])));
  const nextType = createTypeRotation();
  const planned: PlannedEstablishment[] = [];
  for (const commune of communes) {
    const random = seededRandom(hashString(commune.code, seed));
    const maternityBeds = (type: EstablishmentType): number => (type === 'CSR-2' ? 4 + Math.floor(random() * 5) : 0);
    const osm = osmByCommune.get(commune.code) ?? [];
    for (const facility of osm) {
      const type = osmType(facility, commune);
      const { name: nameFr, lon, lat, osmId } = facility;
      planned.push({
        commune,
        type,
        nameFr,
        nameAr: arabicPart(nameFr),
        lon,
        lat,
        maternityBeds: maternityBeds(type),
        osmId,
      });
    }
    const generatedCount = (allocation.get(commune.code) ?? 0) - osm.length;
    // A 2 km jitter would pile a city's centres on one spot: widen it with the number of centres (≤ 8 km).
    const radiusKm = Math.min(8, 2 * Math.sqrt(Math.max(1, generatedCount / 4)));
    for (let index = 1; index <= generatedCount; index += 1) {
      const type = nextType(commune);
      const point = placeInCommune(commune, random, radiusKm);
      const names = generatedNames(commune, type, index);
      planned.push({ commune, type, ...names, ...point, maternityBeds: maternityBeds(type), osmId: null });
    }
  }
  return planned;
}

function toSeed(item: PlannedEstablishment, position: number): EstablishmentSeed {
  return {
    code: `TTA-P-${String(position + 1).padStart(4, '0')}`,
    nameFr: item.nameFr,
    nameAr: item.nameAr,
    type: item.type,
    level: 'primary',
    provinceCode: item.commune.provinceCode,
    communeCode: item.commune.code,
    lon: item.lon,
    lat: item.lat,
    address: null,
    phone: null,
    status: 'active',
    ...describeService(item.type, item.maternityBeds),
    isGenerated: item.osmId === null,
    osmId: item.osmId,
  };
}

/** The TTA primary care network: OSM centres plus generated ones, ordered by province, commune and index (TTA-P-0001…). */
export function generateTtaPrimaryCare(input: TtaPrimaryCareInput): EstablishmentSeed[] {
  const seed = input.seed ?? DEFAULT_SEED;
  const communes = [...input.communes].sort((a, b) => compareStrings(a.code, b.code));
  const osmByCommune = locateOsmCentres(input.osmFacilities, communes);
  const provinceCodes = [...new Set(communes.map((commune) => commune.provinceCode))].sort(compareStrings);
  return provinceCodes
    .flatMap((provinceCode) =>
      planProvince(
        communes.filter((commune) => commune.provinceCode === provinceCode),
        osmByCommune,
        seed,
      ),
    )
    .map(toSeed);
}

/** Fills `communeCode` with the commune that contains each point (null when none does); used for the hand-made hospital list. */
export function withCommunes<Seed extends { lon: number; lat: number; communeCode: string | null }>(
  seeds: readonly Seed[],
  communes: readonly { code: string; geometry: PolygonalGeometry }[],
): Seed[] {
  return seeds.map((seed) => ({
    ...seed,
    communeCode: findContainingFeature(seed.lon, seed.lat, communes)?.code ?? null,
  }));
}

export interface ProvinceSummary {
  provinceCode: string;
  total: number;
  fromOsm: number;
  generated: number;
  byType: Partial<Record<EstablishmentType, number>>;
}

/** Counts per province (sorted by code), split into OSM-derived and generated establishments and by type. */
export function summariseByProvince(seeds: readonly EstablishmentSeed[]): ProvinceSummary[] {
  const summaries = new Map<string, ProvinceSummary>();
  for (const seed of seeds) {
    const summary = summaries.get(seed.provinceCode) ?? {
      provinceCode: seed.provinceCode,
      total: 0,
      fromOsm: 0,
      generated: 0,
      byType: {},
    };
    summary.total += 1;
    summary.fromOsm += seed.isGenerated ? 0 : 1;
    summary.generated += seed.isGenerated ? 1 : 0;
    summary.byType[seed.type] = (summary.byType[seed.type] ?? 0) + 1;
    summaries.set(seed.provinceCode, summary);
  }
  return [...summaries.values()].sort((a, b) => compareStrings(a.provinceCode, b.provinceCode));
}
