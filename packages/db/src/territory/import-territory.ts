import { sql } from 'drizzle-orm';
import { equipmentTypes, specialties } from '@tansiq/domain';
import type { Tx } from '../client';
import { queryRows } from '../lib/rows';
import type { TerritoryData } from './reference-data';

export interface ImportCounts {
  inserted: number;
  updated: number;
}

/** One column of the rows, bound as a single array parameter for unnest. */
const arrays = <T, K extends keyof T>(rows: readonly T[], key: K) => sql.param(rows.map((row) => row[key]));

async function countChanges(tx: Tx, query: ReturnType<typeof sql>): Promise<ImportCounts> {
  const rows = await queryRows(tx, query);
  const inserted = rows.filter((row) => row.inserted === true).length;
  return { inserted, updated: rows.length - inserted };
}

/**
 * Loads regions, provinces, communes and the specialty and equipment referentials. Idempotent: a row is written only
 * when it is new or differs, so a second run reports zero inserted and zero updated. Bulk SQL with unnest (STYLE §7).
 */
export async function importTerritory(tx: Tx, data: TerritoryData): Promise<Record<string, ImportCounts>> {
  const regions = await countChanges(
    tx,
    sql`insert into regions (code, name_fr, name_ar, population_2024, households_2024)
      select * from unnest(${arrays(data.regions, 'code')}::text[], ${arrays(data.regions, 'nameFr')}::text[],
        ${arrays(data.regions, 'nameAr')}::text[], ${arrays(data.regions, 'population2024')}::int[],
        ${arrays(data.regions, 'households2024')}::int[])
      on conflict (code) do update set name_fr = excluded.name_fr, name_ar = excluded.name_ar,
        population_2024 = excluded.population_2024, households_2024 = excluded.households_2024
      where (regions.name_fr, regions.name_ar, regions.population_2024, regions.households_2024)
        is distinct from (excluded.name_fr, excluded.name_ar, excluded.population_2024, excluded.households_2024)
      returning (xmax = 0) as inserted`,
  );
  const p = data.provinces;
  const provinces = await countChanges(
    tx,
    sql`insert into provinces (code, region_code, parent_code, name_fr, name_ar, type, population_2024, households_2024, commune_count)
      select * from unnest(${arrays(p, 'code')}::text[], ${arrays(p, 'regionCode')}::text[], ${arrays(p, 'parentCode')}::text[],
        ${arrays(p, 'nameFr')}::text[], ${arrays(p, 'nameAr')}::text[], ${arrays(p, 'type')}::text[],
        ${arrays(p, 'population2024')}::int[], ${arrays(p, 'households2024')}::int[], ${arrays(p, 'communeCount')}::int[])
      on conflict (code) do update set region_code = excluded.region_code, parent_code = excluded.parent_code,
        name_fr = excluded.name_fr, name_ar = excluded.name_ar, type = excluded.type,
        population_2024 = excluded.population_2024, households_2024 = excluded.households_2024,
        commune_count = excluded.commune_count
      where (provinces.region_code, provinces.parent_code, provinces.name_fr, provinces.name_ar, provinces.type,
          provinces.population_2024, provinces.households_2024, provinces.commune_count)
        is distinct from (excluded.region_code, excluded.parent_code, excluded.name_fr, excluded.name_ar, excluded.type,
          excluded.population_2024, excluded.households_2024, excluded.commune_count)
      returning (xmax = 0) as inserted`,
  );
  const c = data.communes;
  const communes = await countChanges(
    tx,
    sql`insert into communes (code, province_code, region_code, name_fr, name_ar, type, population_2024, population_2014,
        households_2024, area_km2, lon, lat)
      select * from unnest(${arrays(c, 'code')}::text[], ${arrays(c, 'provinceCode')}::text[], ${arrays(c, 'regionCode')}::text[],
        ${arrays(c, 'nameFr')}::text[], ${arrays(c, 'nameAr')}::text[], ${arrays(c, 'type')}::text[],
        ${arrays(c, 'population2024')}::int[], ${arrays(c, 'population2014')}::int[], ${arrays(c, 'households2024')}::int[],
        ${arrays(c, 'areaKm2')}::float8[], ${arrays(c, 'lon')}::float8[], ${arrays(c, 'lat')}::float8[])
      on conflict (code) do update set province_code = excluded.province_code, region_code = excluded.region_code,
        name_fr = excluded.name_fr, name_ar = excluded.name_ar, type = excluded.type,
        population_2024 = excluded.population_2024, population_2014 = excluded.population_2014,
        households_2024 = excluded.households_2024, area_km2 = excluded.area_km2, lon = excluded.lon, lat = excluded.lat
      where (communes.province_code, communes.region_code, communes.name_fr, communes.name_ar, communes.type,
          communes.population_2024, communes.population_2014, communes.households_2024, communes.area_km2, communes.lon, communes.lat)
        is distinct from (excluded.province_code, excluded.region_code, excluded.name_fr, excluded.name_ar, excluded.type,
          excluded.population_2024, excluded.population_2014, excluded.households_2024, excluded.area_km2, excluded.lon, excluded.lat)
      returning (xmax = 0) as inserted`,
  );
  const referential = async (
    table: 'specialties' | 'equipment_types',
    rows: readonly { code: string; nameFr: string; nameAr: string; nameEn: string }[],
  ) =>
    countChanges(
      tx,
      sql`insert into ${sql.identifier(table)} (code, name_fr, name_ar, name_en)
        select * from unnest(${arrays(rows, 'code')}::text[], ${arrays(rows, 'nameFr')}::text[],
          ${arrays(rows, 'nameAr')}::text[], ${arrays(rows, 'nameEn')}::text[])
        on conflict (code) do update set name_fr = excluded.name_fr, name_ar = excluded.name_ar, name_en = excluded.name_en
        where (${sql.identifier(table)}.name_fr, ${sql.identifier(table)}.name_ar, ${sql.identifier(table)}.name_en)
          is distinct from (excluded.name_fr, excluded.name_ar, excluded.name_en)
        returning (xmax = 0) as inserted`,
    );
  return {
    regions,
    provinces,
    communes,
    specialties: await referential('specialties', specialties),
    equipmentTypes: await referential('equipment_types', equipmentTypes),
  };
}
