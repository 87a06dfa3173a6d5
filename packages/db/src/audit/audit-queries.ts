import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditEvent, AuditEventInput, SearchAuditQuery } from '@tansiq/domain';
import type { Executor } from '../client';
import { auditEvents, users } from '../schema/index';
import { toIso } from '../lib/rows';

/**
 * The insert of one audit event for a CTE of the action's own statement, written only if `when` (SQL) holds: the
 * action's own write happened.
 */
export const auditEventInsertWhen = (event: AuditEventInput, when: SQL): SQL =>
  sql`insert into audit_events (actor_user_id, actor_role, actor_establishment_id, gst_id, action, entity_type, entity_id,
      patient_id, purpose, outcome, request_id, ip, details)
    select ${event.actorUserId}::uuid, ${event.actorRole}, ${event.actorEstablishmentId}::uuid, ${event.gstId}::uuid,
      ${event.action}, ${event.entityType}, ${event.entityId}, ${event.patientId}, ${event.purpose}, ${event.outcome},
      ${event.requestId}, ${event.ip}, ${event.details == null ? null : JSON.stringify(event.details)}::jsonb
    where ${when}`;

/** Appends one audit event; call it inside the transaction of the action it records. */
export async function insertAuditEvent(executor: Executor, event: AuditEventInput): Promise<void> {
  await executor.insert(auditEvents).values(event);
}

/** Appends audit events in bulk (a batch job's many writes), with unnest in chunks; inside the writes' transaction. */
export async function insertAuditEvents(executor: Executor, events: readonly AuditEventInput[]): Promise<void> {
  for (let start = 0; start < events.length; start += 2_000) {
    const chunk = events.slice(start, start + 2_000);
    const column = <T>(pick: (event: AuditEventInput) => T) => sql.param(chunk.map(pick));
    await executor.execute(
      sql`insert into audit_events (actor_user_id, actor_role, actor_establishment_id, gst_id, action, entity_type,
          entity_id, patient_id, purpose, outcome, request_id, ip, details)
        select * from unnest(${column((e) => e.actorUserId)}::uuid[], ${column((e) => e.actorRole)}::text[],
          ${column((e) => e.actorEstablishmentId)}::uuid[], ${column((e) => e.gstId)}::uuid[],
          ${column((e) => e.action)}::text[], ${column((e) => e.entityType)}::text[],
          ${column((e) => e.entityId)}::text[], ${column((e) => e.patientId)}::text[],
          ${column((e) => e.purpose)}::text[], ${column((e) => e.outcome)}::text[],
          ${column((e) => e.requestId)}::text[], ${column((e) => e.ip)}::text[],
          ${column((e) => (e.details == null ? null : JSON.stringify(e.details)))}::jsonb[])`,
    );
  }
}

/** Searches the audit trail; `gstIds` is the caller's scope ('all' for national actors). */
export async function listAuditEvents(
  executor: Executor,
  scope: { gstIds: 'all' | string[] },
  query: SearchAuditQuery,
): Promise<{ items: AuditEvent[]; total: number }> {
  const conditions: SQL[] = [];
  if (scope.gstIds !== 'all') {
    if (scope.gstIds.length === 0) {
      return { items: [], total: 0 };
    }
    conditions.push(sql`${auditEvents.gstId} in ${scope.gstIds}`);
  }
  if (query.gstId) {
    conditions.push(eq(auditEvents.gstId, query.gstId));
  }
  if (query.action) {
    conditions.push(
      sql`${auditEvents.action} like ${`${query.action.replace(/[\\%_]/g, (character) => `\\${character}`)}%`}`,
    );
  }
  if (query.entityType) {
    conditions.push(eq(auditEvents.entityType, query.entityType));
  }
  if (query.entityId) {
    conditions.push(eq(auditEvents.entityId, query.entityId));
  }
  if (query.actorUserId) {
    conditions.push(eq(auditEvents.actorUserId, query.actorUserId));
  }
  if (query.outcome) {
    conditions.push(eq(auditEvents.outcome, query.outcome));
  }
  if (query.from) {
    conditions.push(gte(auditEvents.occurredAt, new Date(`${query.from}T00:00:00Z`)));
  }
  if (query.to) {
    conditions.push(lt(auditEvents.occurredAt, new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000)));
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [totalRow] = await executor.select({ total: count() }).from(auditEvents).where(where);
  const rows = await executor
    .select({ event: auditEvents, actorName: users.displayName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    total: totalRow?.total ?? 0,
    items: rows.map(({ event, actorName }) => ({
      ...event,
      id: String(event.id),
      occurredAt: toIso(event.occurredAt),
      actorName,
      outcome: event.outcome as AuditEvent['outcome'],
    })),
  };
}
