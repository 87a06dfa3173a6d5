import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { ApprovalEvent, ApprovalStatus } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';

/** An event with the names of who acted and for whom, as the history shows it. */
export interface StoredApprovalEvent extends Omit<ApprovalEvent, 'action'> {
  action: ApprovalEvent['action'] | 'create';
  actorName: string;
  onBehalfOfName: string | null;
}

/** Appends an event to a request's history. */
export async function insertApprovalEvent(
  tx: Tx,
  gstId: string,
  event: Omit<ApprovalEvent, 'action'> & { action: ApprovalEvent['action'] | 'create' },
): Promise<void> {
  await tx.execute(sql`insert into approval_events (gst_id, id, request_id, action, from_status, to_status, step_index,
      actor_user_id, on_behalf_of_user_id, comment, occurred_at)
    values (${gstId}, ${randomUUID()}, ${event.requestId}, ${event.action}, ${event.fromStatus}, ${event.toStatus},
      ${event.stepIndex}, ${event.actorUserId}, ${event.onBehalfOfUserId}, ${event.comment}, ${event.occurredAt})`);
}

/** A request's history, oldest first. */
export async function listApprovalEvents(
  executor: Executor,
  gstId: string,
  requestId: string,
): Promise<StoredApprovalEvent[]> {
  const rows = await queryRows(
    executor,
    sql`select e.*, a.display_name as actor_name, b.display_name as on_behalf_of_name
      from approval_events e join users a on a.id = e.actor_user_id left join users b on b.id = e.on_behalf_of_user_id
      where e.gst_id = ${gstId} and e.request_id = ${requestId} order by e.occurred_at, e.id`,
  );
  return rows.map((row) => ({
    requestId: asText(row.request_id),
    action: asText(row.action) as StoredApprovalEvent['action'],
    fromStatus: asText(row.from_status) as ApprovalStatus,
    toStatus: asText(row.to_status) as ApprovalStatus,
    stepIndex: row.step_index == null ? null : Number(row.step_index),
    actorUserId: asText(row.actor_user_id),
    onBehalfOfUserId: asTextOrNull(row.on_behalf_of_user_id),
    comment: asTextOrNull(row.comment),
    occurredAt: toIso(row.occurred_at as Date | string),
    actorName: asText(row.actor_name),
    onBehalfOfName: asTextOrNull(row.on_behalf_of_name),
  }));
}

/** Display names of users by id (the deciders of a chain's steps). */
export async function findUserNames(executor: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await queryRows(
    executor,
    sql`select id, display_name from users where id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((row) => [asText(row.id), asText(row.display_name)]));
}
