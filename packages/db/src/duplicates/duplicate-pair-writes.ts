import { sql } from 'drizzle-orm';
import type { DuplicatePairSource, DuplicatePairStatus, MatchReason } from '@tansiq/domain';
import type { Tx } from '../client';
import { asText, queryRows } from '../lib/rows';

/** A pair's ids as `match_candidates` stores them (`patientAId` < `patientBId`, see `orderPair`). */
export interface OrderedPair {
  patientAId: string;
  patientBId: string;
}

/** Locks a pair's row for a decision; `undefined` when the pair was never queued. */
export async function lockDuplicatePair(
  tx: Tx,
  gstId: string,
  pair: OrderedPair,
): Promise<{ status: DuplicatePairStatus; version: number } | undefined> {
  const [row] = await queryRows(
    tx,
    sql`select status, version from match_candidates
      where gst_id = ${gstId} and patient_a_id = ${pair.patientAId} and patient_b_id = ${pair.patientBId}
      for update`,
  );
  return row ? { status: asText(row.status) as DuplicatePairStatus, version: Number(row.version) } : undefined;
}

/**
 * Records that a pair was merged (by a reviewer or automatically): the row is created when the pair was never
 * queued, else its status changes and its version moves on.
 */
export async function recordDuplicatePairMerged(
  tx: Tx,
  gstId: string,
  pair: OrderedPair & {
    automatic: boolean;
    probability: number;
    reasons: readonly MatchReason[];
    source: DuplicatePairSource;
    runId: string | null;
  },
  actorUserId: string | null,
): Promise<void> {
  const status: DuplicatePairStatus = pair.automatic ? 'auto_merged' : 'merged';
  await tx.execute(
    sql`insert into match_candidates (gst_id, patient_a_id, patient_b_id, probability, reasons, status, source, run_id,
        decided_by, decided_at)
      values (${gstId}, ${pair.patientAId}, ${pair.patientBId}, ${pair.probability}, ${JSON.stringify(pair.reasons)}::jsonb,
        ${status}, ${pair.source}, ${pair.runId}, ${actorUserId}, now())
      on conflict (gst_id, patient_a_id, patient_b_id) do update set status = excluded.status,
        run_id = coalesce(excluded.run_id, match_candidates.run_id), decided_by = excluded.decided_by,
        decided_at = excluded.decided_at, version = match_candidates.version + 1`,
  );
}

/**
 * Sets a pair's decision (`not_duplicate`, or `pending` to send it back to the queue). With `expectedVersion` and
 * `fromStatuses`, only the version and statuses the reviewer saw are changed. Returns false when no row matched.
 */
export async function setDuplicatePairStatus(
  tx: Tx,
  gstId: string,
  pair: OrderedPair,
  change: { status: 'not_duplicate' | 'pending'; expectedVersion?: number; fromStatuses?: DuplicatePairStatus[] },
  actorUserId: string | null,
): Promise<boolean> {
  const decided = change.status !== 'pending';
  const rows = await queryRows(
    tx,
    sql`update match_candidates set status = ${change.status}, version = version + 1,
        decided_by = ${decided ? actorUserId : null}::uuid, decided_at = ${decided ? sql`now()` : sql`null`}
      where gst_id = ${gstId} and patient_a_id = ${pair.patientAId} and patient_b_id = ${pair.patientBId}
        ${change.expectedVersion === undefined ? sql`` : sql`and version = ${change.expectedVersion}`}
        ${change.fromStatuses === undefined ? sql`` : sql`and status = any(${sql.param(change.fromStatuses)}::text[])`}
      returning version`,
  );
  return rows.length === 1;
}

/**
 * Pending pairs that involve a record just merged lose their object: they become `superseded` (a batch run finds the
 * golden record's pairs again). Decided pairs keep their decision.
 */
export async function supersedePendingPairsOf(
  tx: Tx,
  gstId: string,
  patientId: string,
  except: OrderedPair,
): Promise<number> {
  const rows = await queryRows(
    tx,
    sql`update match_candidates set status = 'superseded', version = version + 1
      where gst_id = ${gstId} and status = 'pending'
        and (patient_a_id = ${patientId} or patient_b_id = ${patientId})
        and not (patient_a_id = ${except.patientAId} and patient_b_id = ${except.patientBId})
      returning patient_a_id`,
  );
  return rows.length;
}
