import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  boolean,
} from 'drizzle-orm/pg-core';
import { establishments } from './establishments';
import { gsts } from './gsts';
import { specialties } from './territory';
import { users } from './users';

const cadreCheck = (column: unknown) =>
  sql`${column} in ('general_practitioner', 'specialist', 'pharmacist', 'dentist', 'polyvalent_nurse',
    'specialised_nurse', 'midwife', 'health_technician', 'administrative', 'technical')`;

/**
 * The regional staff registry (issue #5 §1): one row per person employed by the GST, whatever the number of
 * establishments they work in. `version` guards concurrent edits and numbers the history rows.
 */
export const staffMembers = pgTable(
  'staff_members',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    /** The regional staff id (`TTA-S-0001234`, check digit). */
    staffNumber: text('staff_number').notNull(),
    version: integer('version').notNull().default(1),
    givenNameLatin: text('given_name_latin'),
    familyNameLatin: text('family_name_latin'),
    givenNameArabic: text('given_name_arabic'),
    familyNameArabic: text('family_name_arabic'),
    /** Names folded for search (accents, case, Arabic forms), as the registry's other search columns. */
    searchText: text('search_text').notNull().default(''),
    cin: text('cin'),
    sex: text('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phone: text('phone'),
    email: text('email'),
    cadre: text('cadre').notNull(),
    specialtyCode: text('specialty_code').references(() => specialties.code),
    technicianField: text('technician_field'),
    grade: text('grade'),
    step: integer('step'),
    employmentStatus: text('employment_status').notNull(),
    employedFrom: date('employed_from', { mode: 'string' }).notNull(),
    employedTo: date('employed_to', { mode: 'string' }),
    /** The platform account of the person, when they have one (they then see their own record, roster, statement). */
    userId: uuid('user_id').references(() => users.id),
    qualifications: jsonb('qualifications').notNull().default([]),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('staff_members_number_idx').on(table.gstId, table.staffNumber),
    uniqueIndex('staff_members_cin_idx')
      .on(table.gstId, table.cin)
      .where(sql`${table.cin} is not null`),
    uniqueIndex('staff_members_user_idx')
      .on(table.gstId, table.userId)
      .where(sql`${table.userId} is not null`),
    index('staff_members_cadre_idx').on(table.gstId, table.cadre),
    check('staff_members_cadre_check', cadreCheck(table.cadre)),
    check('staff_members_sex_check', sql`${table.sex} in ('female', 'male')`),
    check(
      'staff_members_employment_status_check',
      sql`${table.employmentStatus} in ('civil_servant_transferred', 'gst_contract', 'hospital_university',
        'private_under_convention')`,
    ),
    check(
      'staff_members_employment_dates_check',
      sql`${table.employedTo} is null or ${table.employedTo} >= ${table.employedFrom}`,
    ),
    check('staff_members_step_check', sql`${table.step} is null or ${table.step} between 1 and 15`),
  ],
);

/** Every change of a staff record (create, update, import), with the fields changed: the record's full history. */
export const staffMemberChanges = pgTable(
  'staff_member_changes',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    staffMemberId: uuid('staff_member_id').notNull(),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changes: jsonb('changes').notNull().default({}),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('staff_member_changes_version_idx').on(table.gstId, table.staffMemberId, table.version),
    foreignKey({
      columns: [table.gstId, table.staffMemberId],
      foreignColumns: [staffMembers.gstId, staffMembers.id],
    }),
  ],
);

/**
 * Where a staff member works (issue #5 §1): one primary assignment and any number of additional ones, each with a
 * time share (percent) and validity dates (both inclusive). Ending an assignment sets `validTo`; rows are never
 * deleted, so the history stays. `sourceRequestId` links an assignment created by an approved mobility request.
 */
export const staffAssignments = pgTable(
  'staff_assignments',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    staffMemberId: uuid('staff_member_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code').references(() => specialties.code),
    kind: text('kind').notNull(),
    timeShare: integer('time_share').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    sourceRequestId: uuid('source_request_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('staff_assignments_member_idx').on(table.gstId, table.staffMemberId),
    index('staff_assignments_establishment_idx').on(table.gstId, table.establishmentId, table.validFrom),
    foreignKey({
      columns: [table.gstId, table.staffMemberId],
      foreignColumns: [staffMembers.gstId, staffMembers.id],
    }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('staff_assignments_kind_check', sql`${table.kind} in ('primary', 'additional')`),
    check('staff_assignments_time_share_check', sql`${table.timeShare} between 1 and 100`),
    check('staff_assignments_dates_check', sql`${table.validTo} is null or ${table.validTo} >= ${table.validFrom}`),
  ],
);

/** Leave and absences (annual, sick, maternity, training, other), both days inclusive. */
export const staffLeaves = pgTable(
  'staff_leaves',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    staffMemberId: uuid('staff_member_id').notNull(),
    kind: text('kind').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** A cancelled leave is kept for the history. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('staff_leaves_member_idx').on(table.gstId, table.staffMemberId, table.startsOn),
    foreignKey({
      columns: [table.gstId, table.staffMemberId],
      foreignColumns: [staffMembers.gstId, staffMembers.id],
    }),
    check('staff_leaves_kind_check', sql`${table.kind} in ('annual', 'sick', 'maternity', 'training', 'other')`),
    check('staff_leaves_dates_check', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

/** The staffing table (issue #5 §2): budgeted posts per establishment, service (or none) and cadre. */
export const budgetedPosts = pgTable(
  'budgeted_posts',
  {
    gstId: uuid('gst_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    /** '' for posts of the establishment not tied to one service (a key column cannot be null). */
    specialtyCode: text('specialty_code').notNull().default(''),
    cadre: text('cadre').notNull(),
    posts: numeric('posts', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.establishmentId, table.specialtyCode, table.cadre] }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('budgeted_posts_cadre_check', cadreCheck(table.cadre)),
    check('budgeted_posts_posts_check', sql`${table.posts} >= 0`),
  ],
);
