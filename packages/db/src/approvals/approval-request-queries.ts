import { sql } from 'drizzle-orm';
import type { ApprovalRequestRecord } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { queryRows } from '../lib/rows';
import {
  approvalRequestColumns,
  approvalRequestJoins,
  toStoredApprovalRequest,
  type StoredApprovalRequest,
} from './approval-request-rows';

const selectRequests = sql.raw(`select ${approvalRequestColumns} ${approvalRequestJoins}`);
const jsonb = (value: unknown) => JSON.stringify(value);

/** Stores a new request (a draft, or already submitted). */
export async function insertApprovalRequest(
  tx: Tx,
  record: ApprovalRequestRecord,
  concernedUserId: string | null,
): Promise<void> {
  await tx.execute(sql`insert into approval_requests (gst_id, id, type, subject, requester_user_id, concerned_user_id,
      origin_establishment_id, destination_establishment_id, amount, duration_days, status, current_step, steps,
      version, created_at, first_submitted_at, submitted_at, decided_at, withdrawn_at)
    values (${record.gstId}, ${record.id}, ${record.type}, ${jsonb(record.subject)}::jsonb, ${record.requesterUserId},
      ${concernedUserId}, ${record.originEstablishmentId}, ${record.destinationEstablishmentId}, ${record.amount},
      ${record.durationDays}, ${record.status}, ${record.currentStep}, ${jsonb(record.steps)}::jsonb, ${record.version},
      ${record.createdAt}, ${record.firstSubmittedAt}, ${record.submittedAt}, ${record.decidedAt},
      ${record.withdrawnAt})`);
}

/**
 * Writes a request's new state only if it is still at `expectedVersion`: of two concurrent decisions on the same step
 * exactly one finds the version and wins. Returns whether the row was updated.
 */
export async function updateApprovalRequest(
  tx: Tx,
  record: ApprovalRequestRecord,
  expectedVersion: number,
  outcome: Record<string, unknown> | null = null,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update approval_requests set subject = ${jsonb(record.subject)}::jsonb,
        destination_establishment_id = ${record.destinationEstablishmentId}, amount = ${record.amount},
        duration_days = ${record.durationDays}, status = ${record.status}, current_step = ${record.currentStep},
        steps = ${jsonb(record.steps)}::jsonb, version = ${record.version},
        first_submitted_at = ${record.firstSubmittedAt}, submitted_at = ${record.submittedAt},
        decided_at = ${record.decidedAt}, withdrawn_at = ${record.withdrawnAt},
        outcome = coalesce(${outcome === null ? null : jsonb(outcome)}::jsonb, outcome), updated_at = now()
      where gst_id = ${record.gstId} and id = ${record.id} and version = ${expectedVersion}
      returning id`,
  );
  return rows.length === 1;
}

/** A request by id, with the names its pages show; undefined when there is none. */
export async function findApprovalRequest(
  executor: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<StoredApprovalRequest | undefined> {
  const lock = options.forUpdate ? sql` for update of r` : sql``;
  const [row] = await queryRows(executor, sql`${selectRequests} where r.id = ${id}${lock}`);
  return row ? toStoredApprovalRequest(row) : undefined;
}

/** What a worklist reads. `pendingInGsts`: the open requests of those GSTs, filtered by the caller's policy. */
export type ApprovalRequestFilter =
  | { kind: 'mine'; userId: string }
  | { kind: 'pending'; gstIds: readonly string[] }
  | { kind: 'decided_by'; userId: string };

/** The requests of a worklist, newest first (at most `limit`). */
export async function listApprovalRequests(
  executor: Executor,
  filter: ApprovalRequestFilter,
  options: { type?: string; limit: number },
): Promise<StoredApprovalRequest[]> {
  if (filter.kind === 'pending' && filter.gstIds.length === 0) {
    return [];
  }
  const where =
    filter.kind === 'mine'
      ? sql`(r.requester_user_id = ${filter.userId} or r.concerned_user_id = ${filter.userId})`
      : filter.kind === 'pending'
        ? sql`r.status = 'pending' and r.gst_id in (${sql.join(
            filter.gstIds.map((gstId) => sql`${gstId}`),
            sql`, `,
          )})`
        : sql`exists (select 1 from approval_events e where e.gst_id = r.gst_id and e.request_id = r.id
            and e.actor_user_id = ${filter.userId} and e.action in ('approve', 'reject', 'return'))`;
  const type = options.type === undefined ? sql`` : sql` and r.type = ${options.type}`;
  const rows = await queryRows(
    executor,
    sql`${selectRequests} where ${where}${type} order by coalesce(r.submitted_at, r.created_at) desc, r.id
      limit ${options.limit}`,
  );
  return rows.map(toStoredApprovalRequest);
}

/** The requests submitted in a GST since a date, for the time-to-decision summary. */
export async function listSubmittedRequests(
  executor: Executor,
  gstId: string,
  since: string,
): Promise<StoredApprovalRequest[]> {
  const rows = await queryRows(
    executor,
    sql`${selectRequests} where r.gst_id = ${gstId} and r.first_submitted_at >= ${since}`,
  );
  return rows.map(toStoredApprovalRequest);
}

/** Pending requests across every GST (the sweeper's explicit system scope), oldest submission first. */
export async function listPendingApprovalRequests(executor: Executor, limit: number): Promise<StoredApprovalRequest[]> {
  const rows = await queryRows(
    executor,
    sql`${selectRequests} where r.status = 'pending' order by r.submitted_at limit ${limit}`,
  );
  return rows.map(toStoredApprovalRequest);
}

/** Marks a step's lateness as flagged; false when it already was (another sweeper run got there first). */
export async function flagOverdueStep(tx: Tx, gstId: string, id: string, stepIndex: number): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update approval_requests set overdue_flagged_step = ${stepIndex}
      where gst_id = ${gstId} and id = ${id} and status = 'pending' and current_step = ${stepIndex}
        and overdue_flagged_step is distinct from ${stepIndex}
      returning id`,
  );
  return rows.length === 1;
}

/** Changes the person a request is about (an edited subject names someone else), who then sees it. */
export async function setApprovalRequestConcernedUser(
  tx: Tx,
  gstId: string,
  id: string,
  concernedUserId: string | null,
): Promise<void> {
  await tx.execute(sql`update approval_requests set concerned_user_id = ${concernedUserId}
    where gst_id = ${gstId} and id = ${id}`);
}
