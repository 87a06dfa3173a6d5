import { sql } from 'drizzle-orm';
import type { ApprovalDelegation, RoleAssignment } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows, toIsoOrNull } from '../lib/rows';

/** A stored delegation with the names the delegation page shows. */
export interface StoredApprovalDelegation {
  id: string;
  gstId: string;
  approverUserId: string;
  approverName: string;
  delegateUserId: string;
  delegateName: string;
  validFrom: string;
  validTo: string;
  requestTypes: string[] | null;
  reason: string | null;
  revokedAt: string | null;
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** Stores a delegation. */
export async function insertApprovalDelegation(
  tx: Tx,
  delegation: Omit<StoredApprovalDelegation, 'approverName' | 'delegateName' | 'revokedAt'>,
): Promise<void> {
  const types = delegation.requestTypes === null ? null : JSON.stringify(delegation.requestTypes);
  await tx.execute(sql`insert into approval_delegations (gst_id, id, approver_user_id, delegate_user_id, valid_from,
      valid_to, request_types, reason)
    values (${delegation.gstId}, ${delegation.id}, ${delegation.approverUserId}, ${delegation.delegateUserId},
      ${delegation.validFrom}, ${delegation.validTo}, ${types}::jsonb, ${delegation.reason})`);
}

const toStored = (row: Record<string, unknown>): StoredApprovalDelegation => ({
  id: asText(row.id),
  gstId: asText(row.gst_id),
  approverUserId: asText(row.approver_user_id),
  approverName: asText(row.approver_name),
  delegateUserId: asText(row.delegate_user_id),
  delegateName: asText(row.delegate_name),
  validFrom: asText(row.valid_from),
  validTo: asText(row.valid_to),
  requestTypes: row.request_types == null ? null : (json(row.request_types) as string[]),
  reason: asTextOrNull(row.reason),
  revokedAt: toIsoOrNull(row.revoked_at as Date | string | null),
});

const selectDelegations = sql`select d.*, a.display_name as approver_name, b.display_name as delegate_name
  from approval_delegations d join users a on a.id = d.approver_user_id join users b on b.id = d.delegate_user_id`;

/** The delegations a user gave or received, newest first. */
export async function listUserDelegations(executor: Executor, userId: string): Promise<StoredApprovalDelegation[]> {
  const rows = await queryRows(
    executor,
    sql`${selectDelegations} where d.approver_user_id = ${userId} or d.delegate_user_id = ${userId}
      order by d.valid_from desc, d.id`,
  );
  return rows.map(toStored);
}

/** One delegation by id. */
export async function findApprovalDelegation(
  executor: Executor,
  id: string,
): Promise<StoredApprovalDelegation | undefined> {
  const [row] = await queryRows(executor, sql`${selectDelegations} where d.id = ${id}`);
  return row ? toStored(row) : undefined;
}

/** Revokes a delegation (kept for the history). */
export async function revokeApprovalDelegation(tx: Tx, gstId: string, id: string): Promise<void> {
  await tx.execute(sql`update approval_delegations set revoked_at = now()
    where gst_id = ${gstId} and id = ${id} and revoked_at is null`);
}

/**
 * The delegations in force on `day` that a user received, each with the approver's role assignments valid that day
 * (the delegate borrows exactly the approver's authority).
 */
export async function listActiveDelegationsTo(
  executor: Executor,
  delegateUserId: string | null,
  day: string,
): Promise<ApprovalDelegation[]> {
  const who = delegateUserId === null ? sql`true` : sql`d.delegate_user_id = ${delegateUserId}`;
  const rows = await queryRows(
    executor,
    sql`select d.*, coalesce((select json_agg(json_build_object('role', ra.role, 'scopeLevel', ra.scope_level,
          'gstId', ra.gst_id, 'provinceCode', ra.province_code, 'establishmentId', ra.establishment_id))
        from role_assignments ra where ra.user_id = d.approver_user_id and ra.valid_from <= ${day}
          and (ra.valid_to is null or ra.valid_to >= ${day})), '[]'::json) as approver_assignments
      from approval_delegations d
      where ${who} and d.revoked_at is null and d.valid_from <= ${day} and d.valid_to >= ${day}`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    gstId: asText(row.gst_id),
    approverUserId: asText(row.approver_user_id),
    delegateUserId: asText(row.delegate_user_id),
    validFrom: asText(row.valid_from),
    validTo: asText(row.valid_to),
    requestTypes: row.request_types == null ? null : (json(row.request_types) as string[]),
    approverAssignments: json(row.approver_assignments) as RoleAssignment[],
  }));
}

/** The active users holding a role in a GST today (possible delegates), by name. */
export async function listGstUserNames(
  executor: Executor,
  gstId: string,
  day: string,
): Promise<{ id: string; displayName: string }[]> {
  const rows = await queryRows(
    executor,
    sql`select distinct u.id, u.display_name from users u join role_assignments ra on ra.user_id = u.id
      where u.is_active and ra.gst_id = ${gstId} and ra.valid_from <= ${day}
        and (ra.valid_to is null or ra.valid_to >= ${day})
      order by u.display_name, u.id limit 1000`,
  );
  return rows.map((row) => ({ id: asText(row.id), displayName: asText(row.display_name) }));
}
