import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { gsts } from './gsts';

/** A file import run as a background job; the web app polls it for progress and its error report. */
export const importJobs = pgTable(
  'import_jobs',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    fileName: text('file_name').notNull(),
    content: text('content').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    createdCount: integer('created_count').notNull().default(0),
    updatedCount: integer('updated_count').notNull().default(0),
    /** Patient imports: the establishment whose legacy file it is, the column mapping and the per-outcome counts. */
    establishmentId: uuid('establishment_id'),
    mapping: jsonb('mapping').$type<Record<string, unknown>>(),
    outcomes: jsonb('outcomes').$type<Record<string, number>>(),
    /** A check only: the report is computed, nothing is written. */
    dryRun: boolean('dry_run').notNull().default(false),
    /** Patient imports: each row's outcome (linked, new, sent to review, rejected) with the patient it led to. */
    rowOutcomes: jsonb('row_outcomes').$type<unknown[]>(),
    errors: jsonb('errors').$type<{ path: (string | number)[]; message: string }[]>().notNull().default([]),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    check('import_jobs_status_check', sql`${table.status} in ('queued', 'running', 'succeeded', 'failed')`),
    check('import_jobs_kind_check', sql`${table.kind} in ('establishments', 'patients')`),
  ],
);
