import { sql } from 'drizzle-orm';
import { check, doublePrecision, integer, pgTable, text, index } from 'drizzle-orm/pg-core';

/** Reference data (HCP codes, RGPH 2024). Shared by every GST, so not keyed by gst_id. */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  nameFr: text('name_fr').notNull(),
  nameAr: text('name_ar').notNull(),
  population2024: integer('population_2024').notNull(),
  households2024: integer('households_2024').notNull(),
});

export const provinces = pgTable(
  'provinces',
  {
    code: text('code').primaryKey(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    /** Casablanca's préfectures d'arrondissements point to 06.141; they are sub-units, never added to it. */
    parentCode: text('parent_code'),
    nameFr: text('name_fr').notNull(),
    nameAr: text('name_ar').notNull(),
    type: text('type').notNull(),
    population2024: integer('population_2024').notNull(),
    households2024: integer('households_2024').notNull(),
    communeCount: integer('commune_count').notNull(),
  },
  (table) => [
    check('provinces_type_check', sql`${table.type} in ('province', 'prefecture', 'prefecture_of_arrondissements')`),
    index('provinces_region_code_idx').on(table.regionCode),
  ],
);

export const communes = pgTable(
  'communes',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    nameFr: text('name_fr').notNull(),
    nameAr: text('name_ar').notNull(),
    type: text('type').notNull(),
    population2024: integer('population_2024').notNull(),
    population2014: integer('population_2014'),
    households2024: integer('households_2024').notNull(),
    areaKm2: doublePrecision('area_km2'),
    lon: doublePrecision('lon'),
    lat: doublePrecision('lat'),
  },
  (table) => [
    check('communes_type_check', sql`${table.type} in ('urban', 'rural')`),
    index('communes_province_code_idx').on(table.provinceCode),
  ],
);

export const specialties = pgTable('specialties', {
  code: text('code').primaryKey(),
  nameFr: text('name_fr').notNull(),
  nameAr: text('name_ar').notNull(),
  nameEn: text('name_en').notNull(),
});

export const equipmentTypes = pgTable('equipment_types', {
  code: text('code').primaryKey(),
  nameFr: text('name_fr').notNull(),
  nameAr: text('name_ar').notNull(),
  nameEn: text('name_en').notNull(),
});
