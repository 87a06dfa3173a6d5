import { sql, type SQL } from 'drizzle-orm';
import type { Role } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, queryRows, toIso, toIsoOrNull } from '../lib/rows';

/** An in-app notification as stored: a kind, the record it is about, and the parameters of its message. */
export interface NotificationRecord {
  id: string;
  gstId: string;
  kind: string;
  entityType: string;
  entityId: string;
  params: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

/** Writes one notification per recipient (duplicates in `userIds` get one). */
export async function insertNotifications(
  tx: Tx,
  gstId: string,
  userIds: readonly string[],
  notification: { kind: string; entityType: string; entityId: string; params: Record<string, unknown> },
): Promise<void> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) {
    return;
  }
  await tx.execute(
    sql`insert into notifications (gst_id, id, user_id, kind, entity_type, entity_id, params)
      select ${gstId}, gen_random_uuid(), user_id, ${notification.kind}, ${notification.entityType},
        ${notification.entityId}, ${JSON.stringify(notification.params)}::jsonb
      from unnest(${sql.param(recipients)}::uuid[]) as user_id`,
  );
}

/** Who an audience notification goes to: given users plus the active holders of some roles at some establishments. */
export interface NotificationAudience {
  userIds: readonly string[];
  roleHolders: readonly { establishmentId: string; roles: readonly Role[] }[];
  excludeUserId: string | null;
  day: string;
}

/** What a notification says: its kind, the record it is about and the parameters of its message. */
export interface NotificationContent {
  kind: string;
  entityType: string;
  entityId: string;
  params: Record<string, unknown>;
}

/**
 * The insert of one notification to an audience (the given users plus the active holders of some roles at some
 * establishments on `day`, one each, the actor left out), for a statement of its own or a CTE, written only if `when`
 * (SQL) holds; without `returning`.
 */
export function audienceNotificationsInsert(
  gstId: string,
  audience: NotificationAudience,
  notification: NotificationContent,
  when: SQL = sql`true`,
): SQL {
  const holders = audience.roleHolders.flatMap((target) =>
    target.roles.map((role) => ({ establishmentId: target.establishmentId, role })),
  );
  return sql`insert into notifications (gst_id, id, user_id, kind, entity_type, entity_id, params)
    select ${gstId}, gen_random_uuid(), recipient.user_id, ${notification.kind}, ${notification.entityType},
      ${notification.entityId}, ${JSON.stringify(notification.params)}::jsonb
    from (
      select unnest(${sql.param([...audience.userIds])}::uuid[]) as user_id
      union
      select ra.user_id from role_assignments ra
      join unnest(${sql.param(holders.map((holder) => holder.establishmentId))}::uuid[],
        ${sql.param(holders.map((holder) => holder.role))}::text[]) as wanted(establishment_id, role)
        on ra.establishment_id = wanted.establishment_id and ra.role = wanted.role
      join users u on u.id = ra.user_id and u.is_active
      where ra.gst_id = ${gstId} and ra.valid_from <= ${audience.day}::date
        and (ra.valid_to is null or ra.valid_to >= ${audience.day}::date)
    ) recipient
    where recipient.user_id is distinct from ${audience.excludeUserId}::uuid and ${when}`;
}

/** Writes one notification to an audience in one round trip (see `audienceNotificationsInsert`); returns who. */
export async function insertAudienceNotifications(
  tx: Tx,
  gstId: string,
  audience: NotificationAudience,
  notification: NotificationContent,
): Promise<string[]> {
  const rows = await queryRows(
    tx,
    sql`${audienceNotificationsInsert(gstId, audience, notification)} returning user_id`,
  );
  return rows.map((row) => asText(row.user_id));
}

/** The active users holding one of the roles at an establishment today (or over its whole GST for GST roles). */
export async function listUserIdsWithRoleAt(
  executor: Executor,
  target: { gstId: string; establishmentId: string | null },
  roles: readonly Role[],
  day: string,
): Promise<string[]> {
  const rows = await queryRows(
    executor,
    sql`select distinct ra.user_id from role_assignments ra join users u on u.id = ra.user_id
      where u.is_active and ra.role = any(${sql.param([...roles])}::text[]) and ra.gst_id = ${target.gstId}
        and ra.valid_from <= ${day}::date and (ra.valid_to is null or ra.valid_to >= ${day}::date)
        and (${target.establishmentId}::uuid is null and ra.scope_level = 'gst'
          or ra.establishment_id = ${target.establishmentId}::uuid)`,
  );
  return rows.map((row) => asText(row.user_id));
}

/** A page of a user's notifications, newest first, with the unread count. */
export async function listUserNotifications(
  executor: Executor,
  userId: string,
  paging: { page: number; pageSize: number; unreadOnly: boolean },
): Promise<{ items: NotificationRecord[]; total: number; unread: number }> {
  const filter = paging.unreadOnly ? sql`and read_at is null` : sql``;
  const [counts] = await queryRows(
    executor,
    sql`select count(*)::int as total, count(*) filter (where read_at is null)::int as unread
      from notifications where user_id = ${userId}`,
  );
  const rows = await queryRows(
    executor,
    sql`select * from notifications where user_id = ${userId} ${filter} order by created_at desc, id
      limit ${paging.pageSize} offset ${(paging.page - 1) * paging.pageSize}`,
  );
  return {
    items: rows.map((row) => ({
      id: asText(row.id),
      gstId: asText(row.gst_id),
      kind: asText(row.kind),
      entityType: asText(row.entity_type),
      entityId: asText(row.entity_id),
      params: (row.params ?? {}) as Record<string, unknown>,
      createdAt: toIso(row.created_at as Date),
      readAt: toIsoOrNull(row.read_at as Date | null),
    })),
    total: paging.unreadOnly ? Number(counts?.unread ?? 0) : Number(counts?.total ?? 0),
    unread: Number(counts?.unread ?? 0),
  };
}

/** Marks a user's notifications read (the listed ones, or all); returns how many changed. */
export async function markNotificationsRead(tx: Tx, userId: string, ids: readonly string[] | 'all'): Promise<number> {
  const which = ids === 'all' ? sql`` : sql`and id = any(${sql.param([...ids])}::uuid[])`;
  const rows = await queryRows(
    tx,
    sql`update notifications set read_at = now() where user_id = ${userId} and read_at is null ${which} returning id`,
  );
  return rows.length;
}
