import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { gsts } from './gsts';
import { communes, equipmentTypes, provinces, specialties } from './territory';

/**
 * The regional carte sanitaire. Regional tables carry gst_id first in their keys so they can be distributed by GST
 * (Citus-ready, ADR 0004).
 */
export const establishments = pgTable(
  'establishments',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    code: text('code').notNull(),
    nameFr: text('name_fr').notNull(),
    nameAr: text('name_ar'),
    searchText: text('search_text').notNull(),
    type: text('type').notNull(),
    level: text('level').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
    communeCode: text('commune_code').references(() => communes.code),
    lon: doublePrecision('lon').notNull(),
    lat: doublePrecision('lat').notNull(),
    address: text('address'),
    phone: text('phone'),
    status: text('status').notNull(),
    openingHours: text('opening_hours'),
    totalBeds: integer('total_beds').notNull().default(0),
    isGenerated: boolean('is_generated').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    osmId: text('osm_id'),
    closedOn: date('closed_on', { mode: 'string' }),
    closureReason: text('closure_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('establishments_gst_code_idx').on(table.gstId, table.code),
    index('establishments_gst_province_idx').on(table.gstId, table.provinceCode),
    check(
      'establishments_type_check',
      sql`${table.type} in ('DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2', 'UMP', 'HP', 'CHP', 'CHR', 'CHU', 'HS', 'CPC')`,
    ),
    check('establishments_level_check', sql`${table.level} in ('primary', 'secondary', 'tertiary')`),
    check('establishments_status_check', sql`${table.status} in ('active', 'planned', 'closed')`),
    check('establishments_closed_check', sql`(${table.status} = 'closed') = (${table.closedOn} is not null)`),
    check(
      'establishments_coordinates_check',
      sql`${table.lon} between -17.2 and -0.9 and ${table.lat} between 20.7 and 36.0`,
    ),
  ],
);

/** Services an establishment offers, with beds per service. */
export const establishmentServices = pgTable(
  'establishment_services',
  {
    gstId: uuid('gst_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    beds: integer('beds').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.establishmentId, table.specialtyCode] }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }).onDelete('cascade'),
    check('establishment_services_beds_check', sql`${table.beds} >= 0`),
    index('establishment_services_specialty_idx').on(table.gstId, table.specialtyCode),
  ],
);

/** Key equipment counted per establishment (scanner, IRM, dialysis stations, delivery rooms…). */
export const establishmentEquipment = pgTable(
  'establishment_equipment',
  {
    gstId: uuid('gst_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    equipmentCode: text('equipment_code')
      .notNull()
      .references(() => equipmentTypes.code),
    quantity: integer('quantity').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.establishmentId, table.equipmentCode] }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }).onDelete('cascade'),
    check('establishment_equipment_quantity_check', sql`${table.quantity} >= 0`),
  ],
);

/** The change history of each establishment: who, when, what (one row per version). */
export const establishmentChanges = pgTable(
  'establishment_changes',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changes: jsonb('changes').$type<{ field: string; before: unknown; after: unknown }[]>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('establishment_changes_version_idx').on(table.gstId, table.establishmentId, table.version),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check(
      'establishment_changes_action_check',
      sql`${table.action} in ('created', 'updated', 'closed', 'reopened', 'imported')`,
    ),
  ],
);
