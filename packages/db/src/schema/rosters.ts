import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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

/**
 * A roster line (issue #5 §6): one garde (on site) or astreinte (on call) of a service, at one establishment or pooled
 * across several. `eligible_staff_ids` empty: everyone assigned to one of its establishments with the required
 * qualification may serve it; otherwise only those listed (among them). `rules_overrides` tightens the GST's rules.
 */
export const rosterLines = pgTable(
  'roster_lines',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    version: integer('version').notNull().default(1),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    establishmentIds: uuid('establishment_ids').array().notNull(),
    specialtyCode: text('specialty_code'),
    requiredCadres: text('required_cadres')
      .array()
      .notNull()
      .default(sql`'{}'`),
    requiredSpecialtyCodes: text('required_specialty_codes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    shiftPattern: jsonb('shift_pattern').notNull(),
    eligibleStaffIds: uuid('eligible_staff_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    rulesOverrides: jsonb('rules_overrides').notNull().default({}),
    isActive: boolean('is_active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('roster_lines_name_idx').on(table.gstId, table.name),
    check('roster_lines_kind_check', sql`${table.kind} in ('garde', 'astreinte')`),
    check('roster_lines_establishments_check', sql`cardinality(${table.establishmentIds}) >= 1`),
  ],
);

/** The GST's roster rules (rest after a garde or astreinte, monthly maxima); absent: the domain defaults. */
export const gstRosterRules = pgTable('gst_roster_rules', {
  gstId: uuid('gst_id')
    .primaryKey()
    .references(() => gsts.id),
  rules: jsonb('rules').notNull().default({}),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The roster of one month for a set of lines rostered together, draft then published. `line_key` (the sorted line
 * ids) makes the set unique per month; `report` keeps the optimiser's last report (fairness, bound, time).
 */
export const rosters = pgTable(
  'rosters',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    month: text('month').notNull(),
    lineIds: uuid('line_ids').array().notNull(),
    lineKey: text('line_key').notNull(),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    report: jsonb('report'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('rosters_month_lines_idx').on(table.gstId, table.month, table.lineKey),
    check('rosters_status_check', sql`${table.status} in ('draft', 'published')`),
    check('rosters_month_check', sql`${table.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

/** The shifts of a roster and who holds each (`staff_member_id` null: a gap), laid out when it was generated. */
export const rosterShifts = pgTable(
  'roster_shifts',
  {
    gstId: uuid('gst_id').notNull(),
    rosterId: uuid('roster_id').notNull(),
    shiftId: text('shift_id').notNull(),
    lineId: uuid('line_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    dayType: text('day_type').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    staffMemberId: uuid('staff_member_id'),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.rosterId, table.shiftId] }),
    index('roster_shifts_staff_idx').on(table.gstId, table.staffMemberId, table.startsAt),
    foreignKey({ columns: [table.gstId, table.rosterId], foreignColumns: [rosters.gstId, rosters.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [table.gstId, table.lineId], foreignColumns: [rosterLines.gstId, rosterLines.id] }),
    check('roster_shifts_day_type_check', sql`${table.dayType} in ('weekday', 'weekend', 'holiday')`),
    check('roster_shifts_times_check', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);
