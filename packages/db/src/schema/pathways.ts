import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { establishments } from './establishments';
import { gsts } from './gsts';
import { specialties } from './territory';

/**
 * Specialty pathway maps (filières, issue #4 §1, DOMAIN.md §4): one map per GST and specialty, versioned. A draft is
 * edited, then published with an effective date; the map in force on a day is the published version with the latest
 * effective date not after that day. Published versions are never edited: a change is a new version.
 */
export const pathwayMaps = pgTable(
  'pathway_maps',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    version: integer('version').notNull(),
    /** Guards concurrent edits of a draft: every write of a row bumps it (optimistic concurrency). */
    revision: integer('revision').notNull().default(1),
    status: text('status').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    notes: text('notes'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('pathway_maps_version_idx').on(table.gstId, table.specialtyCode, table.version),
    // One draft per specialty at a time.
    uniqueIndex('pathway_maps_draft_idx')
      .on(table.gstId, table.specialtyCode)
      .where(sql`${table.status} = 'draft'`),
    check('pathway_maps_status_check', sql`${table.status} in ('draft', 'published')`),
    check(
      'pathway_maps_published_check',
      sql`(${table.status} = 'published') = (${table.effectiveFrom} is not null and ${table.publishedAt} is not null)`,
    ),
  ],
);

/**
 * One origin establishment in a pathway map: its maximum delays per urgency, whether tele-expertise comes first, and
 * where the patient is sent back (null: back to the origin itself).
 */
export const pathwayOrigins = pgTable(
  'pathway_origins',
  {
    gstId: uuid('gst_id').notNull(),
    mapId: uuid('map_id').notNull(),
    originEstablishmentId: uuid('origin_establishment_id').notNull(),
    maxDelayRoutineDays: integer('max_delay_routine_days').notNull(),
    maxDelayUrgentDays: integer('max_delay_urgent_days').notNull(),
    maxDelayEmergencyHours: integer('max_delay_emergency_hours').notNull(),
    teleexpertiseFirst: boolean('teleexpertise_first').notNull().default(false),
    returnEstablishmentId: uuid('return_establishment_id'),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.mapId, table.originEstablishmentId] }),
    foreignKey({ columns: [table.gstId, table.mapId], foreignColumns: [pathwayMaps.gstId, pathwayMaps.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      columns: [table.gstId, table.originEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    foreignKey({
      columns: [table.gstId, table.returnEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check(
      'pathway_origins_delays_check',
      sql`${table.maxDelayRoutineDays} > 0 and ${table.maxDelayUrgentDays} > 0 and ${table.maxDelayEmergencyHours} > 0`,
    ),
  ],
);

/** The destinations of an origin in a pathway map, in order of preference (rank 1 first). */
export const pathwayDestinations = pgTable(
  'pathway_destinations',
  {
    gstId: uuid('gst_id').notNull(),
    mapId: uuid('map_id').notNull(),
    originEstablishmentId: uuid('origin_establishment_id').notNull(),
    rank: integer('rank').notNull(),
    destinationEstablishmentId: uuid('destination_establishment_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.mapId, table.originEstablishmentId, table.rank] }),
    uniqueIndex('pathway_destinations_unique_idx').on(
      table.gstId,
      table.mapId,
      table.originEstablishmentId,
      table.destinationEstablishmentId,
    ),
    foreignKey({
      columns: [table.gstId, table.mapId, table.originEstablishmentId],
      foreignColumns: [pathwayOrigins.gstId, pathwayOrigins.mapId, pathwayOrigins.originEstablishmentId],
    }).onDelete('cascade'),
    foreignKey({
      columns: [table.gstId, table.destinationEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('pathway_destinations_rank_check', sql`${table.rank} between 1 and 10`),
  ],
);

/**
 * The directory of services (issue #4 §2): what a hospital service receives referrals for, whether senders may book
 * directly, and who heads it (escalations go to them). Keyed by establishment and specialty, like the registry's
 * services, but kept apart from them: the registry rewrites its services on every edit.
 */
export const serviceDirectoryEntries = pgTable(
  'service_directory_entries',
  {
    gstId: uuid('gst_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    acceptsReferrals: boolean('accepts_referrals').notNull().default(true),
    criteria: text('criteria'),
    notes: text('notes'),
    directBooking: boolean('direct_booking').notNull().default(false),
    offersTeleexpertise: boolean('offers_teleexpertise').notNull().default(false),
    offersTeleconsultation: boolean('offers_teleconsultation').notNull().default(false),
    headUserId: uuid('head_user_id'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.establishmentId, table.specialtyCode] }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    index('service_directory_specialty_idx').on(table.gstId, table.specialtyCode),
  ],
);

/**
 * A recurring weekly consultation session of a service (weekday 1 = Monday … 7 = Sunday, ISO), with its slots. A
 * one-off extra session is a schedule valid for one day. Appointments point at (schedule, date, slot index).
 */
export const consultationSchedules = pgTable(
  'consultation_schedules',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    weekday: integer('weekday').notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    slotCount: integer('slot_count').notNull(),
    mode: text('mode').notNull().default('in_person'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('consultation_schedules_service_idx').on(table.gstId, table.establishmentId, table.specialtyCode),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('consultation_schedules_weekday_check', sql`${table.weekday} between 1 and 7`),
    check('consultation_schedules_times_check', sql`${table.endTime} > ${table.startTime}`),
    check('consultation_schedules_slots_check', sql`${table.slotCount} between 1 and 200`),
    check('consultation_schedules_mode_check', sql`${table.mode} in ('in_person', 'teleconsultation')`),
    check(
      'consultation_schedules_validity_check',
      sql`${table.validTo} is null or ${table.validTo} >= ${table.validFrom}`,
    ),
  ],
);

/** Days a service (or one of its schedules) does not hold its sessions: holidays of the service, absences, works. */
export const consultationClosures = pgTable(
  'consultation_closures',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    scheduleId: uuid('schedule_id'),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('consultation_closures_service_idx').on(table.gstId, table.establishmentId, table.specialtyCode),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    foreignKey({
      columns: [table.gstId, table.scheduleId],
      foreignColumns: [consultationSchedules.gstId, consultationSchedules.id],
    }).onDelete('cascade'),
    check('consultation_closures_dates_check', sql`${table.toDate} >= ${table.fromDate}`),
  ],
);

/** Beds available in a service now, as the service last said, and when (emergency transfers read it). */
export const bedAvailability = pgTable(
  'bed_availability',
  {
    gstId: uuid('gst_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    bedsAvailable: integer('beds_available').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.establishmentId, table.specialtyCode] }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('bed_availability_beds_check', sql`${table.bedsAvailable} >= 0`),
  ],
);
