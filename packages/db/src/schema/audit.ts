import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail. A trigger (migration 20261122091044_audit-append-only.sql) rejects UPDATE and DELETE, so the application can only insert.
 * Not keyed by GST on purpose: national actions and failed logins belong to no GST.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    actorEstablishmentId: uuid('actor_establishment_id'),
    gstId: uuid('gst_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    patientId: text('patient_id'),
    purpose: text('purpose'),
    outcome: text('outcome').notNull(),
    requestId: text('request_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (table) => [
    check('audit_events_outcome_check', sql`${table.outcome} in ('success', 'denied', 'failure')`),
    index('audit_events_gst_time_idx').on(table.gstId, table.occurredAt),
    index('audit_events_entity_idx').on(table.entityType, table.entityId),
    index('audit_events_actor_idx').on(table.actorUserId, table.occurredAt),
  ],
);
