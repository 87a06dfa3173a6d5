import { sql } from 'drizzle-orm';
import { check, foreignKey, primaryKey, text, timestamp, uuid, pgTable } from 'drizzle-orm/pg-core';
import { teleexpertiseRequests } from './referrals';

/**
 * The remote specialist's report of a teleconsultation proposed by a tele-expertise answer (issue #4 §7): one per
 * appointment. The consultation itself is an `encounters` row of kind `teleconsultation` on the patient's timeline.
 */
export const teleconsultationReports = pgTable(
  'teleconsultation_reports',
  {
    gstId: uuid('gst_id').notNull(),
    appointmentId: uuid('appointment_id').notNull(),
    teleexpertiseId: uuid('teleexpertise_id').notNull(),
    encounterId: uuid('encounter_id').notNull(),
    findings: text('findings').notNull(),
    diagnosis: text('diagnosis'),
    icd10Code: text('icd10_code'),
    recommendations: text('recommendations').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.appointmentId] }),
    foreignKey({
      columns: [table.gstId, table.teleexpertiseId],
      foreignColumns: [teleexpertiseRequests.gstId, teleexpertiseRequests.id],
    }),
  ],
);

/** A tele-expertise request whose response timer ran out, escalated once. */
export const teleexpertiseEscalations = pgTable(
  'teleexpertise_escalations',
  {
    gstId: uuid('gst_id').notNull(),
    teleexpertiseId: uuid('teleexpertise_id').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.teleexpertiseId] }),
    foreignKey({
      columns: [table.gstId, table.teleexpertiseId],
      foreignColumns: [teleexpertiseRequests.gstId, teleexpertiseRequests.id],
    }),
    check('teleexpertise_escalations_due_check', sql`${table.escalatedAt} >= ${table.dueAt}`),
  ],
);
