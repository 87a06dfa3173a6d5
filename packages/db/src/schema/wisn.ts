import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { establishments } from './establishments';
import { gsts } from './gsts';

/**
 * WISN standards (issue #5 §3): one row per version of the standard of a cadre in an establishment type, per GST.
 * The standard itself is stored as JSON validated by the domain's `wisnStandardSchema`; the columns repeat its key
 * (type, cadre, version, effective date) so the database keeps versions unique. Rows are never updated.
 */
export const wisnStandards = pgTable(
  'wisn_standards',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    establishmentType: text('establishment_type').notNull(),
    cadre: text('cadre').notNull(),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    standard: jsonb('standard').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('wisn_standards_version_idx').on(table.gstId, table.establishmentType, table.cadre, table.version),
    check('wisn_standards_version_check', sql`${table.version} > 0`),
    check(
      'wisn_standards_cadre_check',
      sql`${table.cadre} in ('general_practitioner', 'specialist', 'pharmacist', 'dentist', 'polyvalent_nurse',
        'specialised_nurse', 'midwife', 'health_technician', 'administrative', 'technical')`,
    ),
  ],
);

/**
 * Annual workload entered by hand for an establishment, year and activity code: activities the platform does not
 * record (vaccinations, school visits…) or figures of an establishment not yet on the platform. An entered figure
 * replaces the platform's count for the same code.
 */
export const wisnWorkloadEntries = pgTable(
  'wisn_workload_entries',
  {
    gstId: uuid('gst_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    year: integer('year').notNull(),
    activityCode: text('activity_code').notNull(),
    annualWorkload: numeric('annual_workload', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.establishmentId, table.year, table.activityCode] }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('wisn_workload_entries_year_check', sql`${table.year} between 2000 and 2100`),
    check('wisn_workload_entries_workload_check', sql`${table.annualWorkload} >= 0`),
  ],
);
