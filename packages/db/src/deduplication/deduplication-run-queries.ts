import { sql } from 'drizzle-orm';
import type {
  DeduplicationRun,
  DeduplicationRunPhase,
  DeduplicationRunScope,
  DeduplicationRunStatus,
} from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows, toIso, toIsoOrNull } from '../lib/rows';

const runSelect = sql`select gst_id, id, scope, import_job_id, status, phase, cursor, keys_total, keys_done,
    candidate_pairs, comparisons, auto_merged, sent_to_review, model_version, link_threshold, review_threshold, error,
    requested_by, created_at, started_at, finished_at
  from deduplication_runs`;

const numberOrNull = (value: unknown): number | null => (value == null ? null : Number(value));

/** A run as the job reads it: the response shape plus the committed keyset cursor. */
export type StoredDeduplicationRun = DeduplicationRun & { cursor: string | null };

function toDeduplicationRun(row: Record<string, unknown>): StoredDeduplicationRun {
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    scope: asText(row.scope) as DeduplicationRunScope,
    importJobId: asTextOrNull(row.import_job_id),
    status: asText(row.status) as DeduplicationRunStatus,
    phase: asText(row.phase) as DeduplicationRunPhase,
    cursor: asTextOrNull(row.cursor),
    keysTotal: Number(row.keys_total),
    keysDone: Number(row.keys_done),
    candidatePairs: Number(row.candidate_pairs),
    comparisons: Number(row.comparisons),
    autoMerged: Number(row.auto_merged),
    sentToReview: Number(row.sent_to_review),
    modelVersion: numberOrNull(row.model_version),
    linkThreshold: numberOrNull(row.link_threshold),
    reviewThreshold: numberOrNull(row.review_threshold),
    error: asTextOrNull(row.error),
    requestedBy: asTextOrNull(row.requested_by),
    createdAt: toIso(row.created_at as Date),
    startedAt: toIsoOrNull(row.started_at as Date | null),
    finishedAt: toIsoOrNull(row.finished_at as Date | null),
  };
}

/**
 * Serialises the start and the resumption of runs of one GST (a lock on its `gsts` row until the transaction ends), so
 * two administrators clicking at once cannot both start a run.
 */
export async function lockGstDeduplication(tx: Tx, gstId: string): Promise<void> {
  await tx.execute(sql`select id from gsts where id = ${gstId} for update`);
}

/** Queues a run of the whole index of a GST. */
export async function insertDeduplicationRun(
  tx: Tx,
  run: { gstId: string; id: string; scope: DeduplicationRunScope; requestedBy: string | null },
): Promise<StoredDeduplicationRun> {
  const [row] = await queryRows(
    tx,
    sql`insert into deduplication_runs (gst_id, id, scope, status, phase, requested_by)
      values (${run.gstId}, ${run.id}, ${run.scope}, 'queued', 'training', ${run.requestedBy})
      returning *`,
  );
  if (!row) {
    throw new Error('The deduplication run was not stored');
  }
  return toDeduplicationRun(row);
}

/** A run by id, whatever its GST (the caller authorizes after loading). */
export async function findDeduplicationRun(
  executor: Executor,
  id: string,
): Promise<StoredDeduplicationRun | undefined> {
  const [row] = await queryRows(executor, sql`${runSelect} where id = ${id}`);
  return row ? toDeduplicationRun(row) : undefined;
}

/** The run of a GST still queued or running, if any (there is at most one). */
export async function findActiveDeduplicationRun(
  executor: Executor,
  gstId: string,
): Promise<StoredDeduplicationRun | undefined> {
  const [row] = await queryRows(
    executor,
    sql`${runSelect} where gst_id = ${gstId} and status in ('queued', 'running') order by created_at desc limit 1`,
  );
  return row ? toDeduplicationRun(row) : undefined;
}

/** The runs of a GST, latest first, one page. */
export async function listDeduplicationRuns(
  executor: Executor,
  gstId: string,
  page: { page: number; pageSize: number },
): Promise<{ items: DeduplicationRun[]; total: number }> {
  const rows = await queryRows(
    executor,
    sql`${runSelect} where gst_id = ${gstId} order by created_at desc, id
      limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`,
  );
  const [count] = await queryRows(
    executor,
    sql`select count(*)::int as total from deduplication_runs where gst_id = ${gstId}`,
  );
  return { items: rows.map(toDeduplicationRun), total: Number(count?.total ?? 0) };
}

/** Runs of every GST left queued or running (the server stopped under them), oldest first. */
export async function listInterruptedDeduplicationRuns(executor: Executor): Promise<{ gstId: string; id: string }[]> {
  const rows = await queryRows(
    executor,
    sql`select gst_id, id from deduplication_runs where status in ('queued', 'running') order by created_at`,
  );
  return rows.map((row) => ({ gstId: asText(row.gst_id), id: asText(row.id) }));
}

/** Changes a run's state and thresholds (not its counters, see `advanceDeduplicationRun`). */
export async function updateDeduplicationRun(
  executor: Executor,
  gstId: string,
  id: string,
  fields: Partial<{
    status: DeduplicationRunStatus;
    phase: DeduplicationRunPhase;
    cursor: string | null;
    keysTotal: number;
    modelVersion: number;
    linkThreshold: number;
    reviewThreshold: number;
    error: string | null;
    started: boolean;
    finished: boolean;
  }>,
): Promise<void> {
  const sets = [
    fields.status === undefined ? undefined : sql`status = ${fields.status}`,
    fields.phase === undefined ? undefined : sql`phase = ${fields.phase}`,
    fields.cursor === undefined ? undefined : sql`cursor = ${fields.cursor}`,
    fields.keysTotal === undefined ? undefined : sql`keys_total = ${fields.keysTotal}`,
    fields.modelVersion === undefined ? undefined : sql`model_version = ${fields.modelVersion}`,
    fields.linkThreshold === undefined ? undefined : sql`link_threshold = ${fields.linkThreshold}`,
    fields.reviewThreshold === undefined ? undefined : sql`review_threshold = ${fields.reviewThreshold}`,
    fields.error === undefined ? undefined : sql`error = ${fields.error}`,
    fields.started ? sql`started_at = coalesce(started_at, now())` : undefined,
    fields.finished ? sql`finished_at = now()` : undefined,
  ].filter((set) => set !== undefined);
  if (sets.length === 0) {
    return;
  }
  await executor.execute(
    sql`update deduplication_runs set ${sql.join(sets, sql`, `)} where gst_id = ${gstId} and id = ${id}`,
  );
}

/**
 * Commits one page of scoring: moves the cursor and adds the page's counts, only if the run is still running at the
 * cursor this worker started from (compare-and-set), so a second worker on the same run cannot count a page twice.
 * Returns false when another worker moved the run on.
 */
export async function advanceDeduplicationRun(
  tx: Tx,
  gstId: string,
  id: string,
  page: {
    fromCursor: string | null;
    toCursor: string;
    keys: number;
    candidatePairs: number;
    comparisons: number;
    sentToReview: number;
  },
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update deduplication_runs set cursor = ${page.toCursor}, keys_done = keys_done + ${page.keys},
        candidate_pairs = candidate_pairs + ${page.candidatePairs}, comparisons = comparisons + ${page.comparisons},
        sent_to_review = sent_to_review + ${page.sentToReview}
      where gst_id = ${gstId} and id = ${id} and status = 'running' and phase = 'scoring'
        and cursor is not distinct from ${page.fromCursor}::text
      returning id`,
  );
  return rows.length === 1;
}

/**
 * Locks a running run in a phase for the rest of the transaction; false when it is no longer running in that phase
 * (another worker finished it, or it was superseded).
 */
export async function lockRunningDeduplicationRun(
  tx: Tx,
  gstId: string,
  id: string,
  phase: DeduplicationRunPhase,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`select id from deduplication_runs
      where gst_id = ${gstId} and id = ${id} and status = 'running' and phase = ${phase} for update`,
  );
  return rows.length === 1;
}

/** Adds to a run's merge and review counters (inside the transaction of the merges they count). */
export async function addDeduplicationRunCounts(
  tx: Tx,
  gstId: string,
  id: string,
  counts: { autoMerged?: number; sentToReview?: number },
): Promise<void> {
  await tx.execute(
    sql`update deduplication_runs set auto_merged = auto_merged + ${counts.autoMerged ?? 0},
        sent_to_review = sent_to_review + ${counts.sentToReview ?? 0}
      where gst_id = ${gstId} and id = ${id}`,
  );
}
