import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  equipmentCodes,
  isInsideMorocco,
  isPointInPolygon,
  isValidOpeningHours,
  primaryCareTypes,
  specialtyCodes,
} from '@tansiq/domain';
import {
  DISPENSARY_MAX_POPULATION,
  URBAN_MINIMUM_POPULATION,
  generateTtaPrimaryCare,
  nationalDensityTarget,
  selectOsmPrimaryCare,
  summariseByProvince,
  withCommunes,
} from './generate-tta-essp';
import { readOsmFacilities, readTtaCommunes, type OsmFacility } from './load-reference-files';
import { ttaHospitals } from './tta-hospitals';

const referenceDir = fileURLToPath(new URL('../../../../reference-data/morocco/', import.meta.url));
const communes = readTtaCommunes(referenceDir);
const osmFacilities = readOsmFacilities(referenceDir, '01');
const seeds = generateTtaPrimaryCare({ communes, osmFacilities });
const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
const ttaPopulation = communes.reduce((sum, commune) => sum + commune.population2024, 0);

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = key(item);
    if (value !== null) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

describe('reference files', () => {
  it('loads the 146 TTA communes and the 259 OSM points of region 01', () => {
    expect(communes).toHaveLength(146);
    expect(ttaPopulation).toBe(4_030_222);
    expect(osmFacilities).toHaveLength(259);
  });
});

describe('selectOsmPrimaryCare', () => {
  const point = (osmId: string, name: string, lon: number, category = 'clinic'): OsmFacility => ({
    osmId,
    category,
    name,
    lon,
    lat: 35.7,
    provinceCode: '01.511',
    regionCode: '01',
  });

  it.each([
    { name: 'Centre de santé Bab El Ain', kept: true },
    { name: 'Centre De Sante Martil', kept: true },
    { name: 'CS Al Amal', kept: true },
    { name: 'Dispensaire rural Dar Chaoui', kept: true },
    { name: 'مركز صحي بني مكادة', kept: true },
    { name: 'Hôpital Mohammed V', kept: false },
    { name: 'Clinique Tingis', kept: false },
    { name: 'Centre Médical Boujarrah', kept: false },
    { name: 'Pharmacie la Santé', kept: false },
    { name: '', kept: false },
  ])('keeps "$name": $kept', ({ name, kept }) => {
    expect(selectOsmPrimaryCare([point('node/1', name, -5.8)])).toHaveLength(kept ? 1 : 0);
  });

  it('drops pharmacies and dentists whatever their name', () => {
    expect(selectOsmPrimaryCare([point('node/1', 'Centre de santé X', -5.8, 'pharmacy')])).toHaveLength(0);
  });

  it('merges the same name within 200 m but not further apart', () => {
    const facilities = [
      point('way/2', 'Centre de santé Al Haouta', -5.8),
      point('node/1', 'Centre de Santé AL HAOUTA', -5.8015), // ~135 m east
      point('node/3', 'Centre de santé Al Haouta', -5.806), // ~540 m east
    ];
    expect(selectOsmPrimaryCare(facilities).map((facility) => facility.osmId)).toEqual(['node/1', 'node/3']);
  });
});

describe('generateTtaPrimaryCare', () => {
  it('is deterministic', () => {
    expect(generateTtaPrimaryCare({ communes, osmFacilities })).toEqual(seeds);
  });

  it('moves generated points when the seed changes, but keeps the OSM ones', () => {
    const other = generateTtaPrimaryCare({ communes, osmFacilities, seed: 7 });
    expect(other.map((seed) => seed.code)).toEqual(seeds.map((seed) => seed.code));
    expect(other.filter((seed) => seed.isGenerated)).not.toEqual(seeds.filter((seed) => seed.isGenerated));
    expect(other.filter((seed) => !seed.isGenerated)).toEqual(seeds.filter((seed) => !seed.isGenerated));
  });

  it('places every establishment in Morocco and inside its own commune', () => {
    for (const seed of seeds) {
      const commune = communeByCode.get(seed.communeCode ?? '');
      expect(isInsideMorocco(seed.lon, seed.lat), seed.code).toBe(true);
      expect(commune?.provinceCode, seed.code).toBe(seed.provinceCode);
      expect(commune !== undefined && isPointInPolygon(seed.lon, seed.lat, commune.geometry), seed.code).toBe(true);
    }
  });

  it('spreads generated centres instead of stacking them on one point', () => {
    const positions = new Set(seeds.map((seed) => `${seed.lon},${seed.lat}`));
    expect(positions.size).toBe(seeds.length);
  });

  it('gives each province the national density, or the one-per-commune floor where that is higher', () => {
    const osmPerCommune = countBy(
      seeds.filter((seed) => !seed.isGenerated),
      (seed) => seed.communeCode,
    );
    for (const summary of summariseByProvince(seeds)) {
      const provinceCommunes = communes.filter((commune) => commune.provinceCode === summary.provinceCode);
      const population = provinceCommunes.reduce((sum, commune) => sum + commune.population2024, 0);
      const target = nationalDensityTarget(population);
      const floor = provinceCommunes.reduce((sum, commune) => {
        const needsOne = commune.type === 'rural' || commune.population2024 >= URBAN_MINIMUM_POPULATION;
        return sum + Math.max(osmPerCommune.get(commune.code) ?? 0, needsOne ? 1 : 0);
      }, 0);
      expect(Math.abs(summary.total - Math.max(target, floor)), summary.provinceCode).toBeLessThanOrEqual(1);
      if (floor <= target) {
        expect(Math.abs(summary.total - target), summary.provinceCode).toBeLessThanOrEqual(1);
      }
    }
    expect(summariseByProvince(seeds)).toHaveLength(8);
  });

  it('keeps TTA between 0.55 and 0.65 ESSP per 10,000 inhabitants', () => {
    const perTenThousand = (seeds.length / ttaPopulation) * 10_000;
    expect(perTenThousand).toBeGreaterThanOrEqual(0.55);
    expect(perTenThousand).toBeLessThanOrEqual(0.65);
  });

  it('gives every rural commune at least one establishment', () => {
    const perCommune = countBy(seeds, (seed) => seed.communeCode);
    const rural = communes.filter((commune) => commune.type === 'rural');
    expect(rural.length).toBeGreaterThan(100);
    expect(rural.filter((commune) => (perCommune.get(commune.code) ?? 0) < 1).map((commune) => commune.nameFr)).toEqual(
      [],
    );
  });

  it('numbers codes uniquely in province, commune order', () => {
    expect(seeds.map((seed) => seed.code)).toEqual(
      seeds.map((_, index) => `TTA-P-${String(index + 1).padStart(4, '0')}`),
    );
    const order = seeds.map((seed) => `${seed.provinceCode}|${seed.communeCode ?? ''}`);
    expect(order).toEqual([...order].sort());
  });

  it('keeps the OSM centres with their osmId and marks the rest as generated', () => {
    const fromOsm = seeds.filter((seed) => !seed.isGenerated);
    expect(fromOsm.map((seed) => seed.nameFr)).toContain('Centre De Sante Martil');
    expect(fromOsm.length).toBeGreaterThanOrEqual(5);
    expect(fromOsm.every((seed) => seed.osmId !== null && osmFacilities.some((row) => row.osmId === seed.osmId))).toBe(
      true,
    );
    expect(seeds.filter((seed) => seed.isGenerated).every((seed) => seed.osmId === null && seed.nameAr !== null)).toBe(
      true,
    );
  });

  it('chooses the type from the commune: CSU in towns, CSR or DR in the countryside', () => {
    for (const seed of seeds) {
      const commune = communeByCode.get(seed.communeCode ?? '');
      expect(primaryCareTypes, seed.code).toContain(seed.type);
      expect(seed.level).toBe('primary');
      if (seed.type.startsWith('CSU')) {
        expect(commune?.type, seed.code).toBe('urban');
      } else {
        expect(commune?.type, seed.code).toBe('rural');
      }
      if (seed.type === 'DR') {
        expect(commune?.population2024 ?? Infinity, seed.code).toBeLessThan(DISPENSARY_MAX_POPULATION);
      }
    }
  });

  it('makes about one urban centre in four a CSU-2 and one rural centre in three a CSR-2', () => {
    const generated = seeds.filter((seed) => seed.isGenerated);
    const urban = generated.filter((seed) => seed.type.startsWith('CSU'));
    const rural = generated.filter((seed) => seed.type.startsWith('CSR'));
    const share = (items: typeof seeds, type: string): number =>
      items.filter((seed) => seed.type === type).length / items.length;
    expect(share(urban, 'CSU-2')).toBeGreaterThan(0.2);
    expect(share(urban, 'CSU-2')).toBeLessThan(0.33);
    expect(share(rural, 'CSR-2')).toBeGreaterThan(0.28);
    expect(share(rural, 'CSR-2')).toBeLessThan(0.4);
  });

  it('equips each type as the referential expects', () => {
    for (const seed of seeds) {
      const specialties = seed.services.map((service) => service.specialtyCode);
      const equipment = seed.equipment.map((item) => item.equipmentCode);
      expect(specialties).toContain('general_medicine');
      expect(isValidOpeningHours(seed.openingHours ?? ''), seed.code).toBe(true);
      const maternityBeds = seed.services.find((service) => service.specialtyCode === 'maternal_health')?.beds;
      if (seed.type === 'CSR-2') {
        expect(maternityBeds ?? 0, seed.code).toBeGreaterThanOrEqual(4);
        expect(maternityBeds ?? 0, seed.code).toBeLessThanOrEqual(8);
        expect(equipment).toEqual(['delivery_room', 'ultrasound']);
        expect(seed.openingHours).toBe('24/7');
      } else {
        expect(
          seed.services.every((service) => service.beds === 0),
          seed.code,
        ).toBe(true);
        expect(seed.openingHours).toBe('Mo-Fr 08:30-16:30');
      }
      if (seed.type === 'CSU-2') {
        expect(specialties).toEqual(['general_medicine', 'laboratory', 'radiology']);
        expect(equipment).toEqual(['ultrasound']);
      }
    }
  });
});

describe('ttaHospitals', () => {
  const located = withCommunes(ttaHospitals, communes);

  it('places every hospital in a commune of its own province', () => {
    for (const hospital of located) {
      expect(communeByCode.get(hospital.communeCode ?? '')?.provinceCode, hospital.code).toBe(hospital.provinceCode);
    }
  });

  it('has at least one CHP or HP in each of the 8 provinces', () => {
    const provinces = new Set(communes.map((commune) => commune.provinceCode));
    const covered = new Set(
      ttaHospitals.filter((hospital) => ['CHP', 'HP'].includes(hospital.type)).map((hospital) => hospital.provinceCode),
    );
    expect([...provinces].filter((province) => !covered.has(province))).toEqual([]);
  });

  it('uses unique codes that cannot collide with primary care codes', () => {
    const codes = ttaHospitals.map((hospital) => hospital.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => /^TTA-H-\d{3}$/.test(code))).toBe(true);
  });

  it('only uses codes from the specialty and equipment referentials', () => {
    for (const hospital of ttaHospitals) {
      expect(
        hospital.services.every((service) => specialtyCodes.includes(service.specialtyCode)),
        hospital.code,
      ).toBe(true);
      expect(
        hospital.equipment.every((item) => equipmentCodes.includes(item.equipmentCode) && item.quantity > 0),
        hospital.code,
      ).toBe(true);
    }
  });

  it.each([
    { type: 'CHU', min: 600, max: 900 },
    { type: 'CHR', min: 300, max: 500 },
    { type: 'CHP', min: 150, max: 350 },
    { type: 'HP', min: 40, max: 90 },
  ])('gives each open $type between $min and $max beds', ({ type, min, max }) => {
    const open = ttaHospitals.filter((hospital) => hospital.type === type && hospital.status !== 'closed');
    expect(open.length).toBeGreaterThan(0);
    for (const hospital of open) {
      const beds = hospital.services.reduce((sum, service) => sum + service.beds, 0);
      expect(beds, hospital.code).toBeGreaterThanOrEqual(min);
      expect(beds, hospital.code).toBeLessThanOrEqual(max);
    }
  });

  it('opens every hospital that is not closed around the clock, and records OSM points with their id', () => {
    expect(
      ttaHospitals
        .filter((hospital) => hospital.status !== 'closed')
        .every((hospital) => hospital.openingHours === '24/7'),
    ).toBe(true);
    const osmIds = new Set(osmFacilities.map((row) => row.osmId));
    expect(ttaHospitals.every((hospital) => hospital.osmId === null || osmIds.has(hospital.osmId))).toBe(true);
  });
});
