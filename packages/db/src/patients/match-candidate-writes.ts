import { sql } from 'drizzle-orm';
import type { MatchReason } from '@tansiq/domain';
import type { Executor } from '../client';
import { queryRows } from '../lib/rows';

/** A pair of patients that may be one person, for the review queue. */
export interface MatchCandidateInsert {
  patientIds: readonly [string, string];
  probability: number;
  reasons: readonly MatchReason[];
  source: 'registration' | 'batch' | 'import';
  runId?: string | null;
}

/**
 * Queues pairs for review (status pending). A pair already known keeps its row, so a decision ("not the same person",
 * a merge) is never overwritten by a later lookup. Returns how many pairs were new.
 */
export async function insertMatchCandidates(
  executor: Executor,
  gstId: string,
  pairs: readonly MatchCandidateInsert[],
): Promise<number> {
  if (pairs.length === 0) {
    return 0;
  }
  const ordered = pairs.map((pair) => {
    const [a, b] = pair.patientIds;
    return { ...pair, a: a < b ? a : b, b: a < b ? b : a };
  });
  const rows = await queryRows(
    executor,
    sql`insert into match_candidates (gst_id, patient_a_id, patient_b_id, probability, reasons, status, source, run_id)
      select ${gstId}::uuid, a, b, probability, reasons, 'pending', source, run_id
      from unnest(${sql.param(ordered.map((p) => p.a))}::uuid[], ${sql.param(ordered.map((p) => p.b))}::uuid[],
        ${sql.param(ordered.map((p) => p.probability))}::float8[],
        ${sql.param(ordered.map((p) => JSON.stringify(p.reasons)))}::jsonb[],
        ${sql.param(ordered.map((p) => p.source))}::text[], ${sql.param(ordered.map((p) => p.runId ?? null))}::uuid[])
        as t(a, b, probability, reasons, source, run_id)
      on conflict do nothing
      returning patient_a_id`,
  );
  return rows.length;
}
