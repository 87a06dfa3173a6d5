import { sql } from 'drizzle-orm';
import {
  matchReasonSchema,
  type DuplicatePairSource,
  type DuplicatePairStatus,
  type ListDuplicatePairsQuery,
  type MatchReason,
} from '@tansiq/domain';
import { z } from 'zod';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso, toIsoOrNull } from '../lib/rows';
import type { OrderedPair } from './duplicate-pair-writes';

/** A row of the review queue, without the patients (the caller loads them). */
export interface DuplicatePairRow {
  gstId: string;
  patientAId: string;
  patientBId: string;
  probability: number;
  reasons: MatchReason[];
  status: DuplicatePairStatus;
  source: DuplicatePairSource;
  runId: string | null;
  version: number;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: { id: string; displayName: string } | null;
}

const reasonsSchema = z.array(matchReasonSchema);

const pairSelect = sql`
  select mc.gst_id, mc.patient_a_id, mc.patient_b_id, mc.probability, mc.reasons, mc.status, mc.source, mc.run_id,
    mc.version, mc.created_at, mc.decided_at, mc.decided_by, u.display_name as decided_by_name
  from match_candidates mc
  left join users u on u.id = mc.decided_by`;

function toDuplicatePairRow(row: Record<string, unknown>): DuplicatePairRow {
  const decidedBy = asTextOrNull(row.decided_by);
  return {
    gstId: asText(row.gst_id),
    patientAId: asText(row.patient_a_id),
    patientBId: asText(row.patient_b_id),
    probability: Number(row.probability),
    reasons: reasonsSchema.parse(typeof row.reasons === 'string' ? JSON.parse(row.reasons) : row.reasons),
    status: asText(row.status) as DuplicatePairStatus,
    source: asText(row.source) as DuplicatePairSource,
    runId: asTextOrNull(row.run_id),
    version: Number(row.version),
    createdAt: toIso(row.created_at as Date),
    decidedAt: toIsoOrNull(row.decided_at as Date | null),
    decidedBy: decidedBy === null ? null : { id: decidedBy, displayName: asTextOrNull(row.decided_by_name) ?? '' },
  };
}

/** One pair of a GST, `undefined` when it was never queued. */
export async function findDuplicatePair(
  executor: Executor,
  gstId: string,
  pair: OrderedPair,
): Promise<DuplicatePairRow | undefined> {
  const [row] = await queryRows(
    executor,
    sql`${pairSelect} where mc.gst_id = ${gstId} and mc.patient_a_id = ${pair.patientAId}
      and mc.patient_b_id = ${pair.patientBId}`,
  );
  return row ? toDuplicatePairRow(row) : undefined;
}

/**
 * A page of the review queue of some GSTs, by status: pending pairs most probable first (the likeliest duplicates are
 * the quickest to decide), decided ones most recent first.
 */
export async function listDuplicatePairs(
  executor: Executor,
  scope: { gstIds: readonly string[] },
  query: Pick<ListDuplicatePairsQuery, 'status' | 'page' | 'pageSize'>,
): Promise<{ items: DuplicatePairRow[]; total: number }> {
  if (scope.gstIds.length === 0) {
    return { items: [], total: 0 };
  }
  const where = sql`where mc.gst_id = any(${sql.param([...scope.gstIds])}::uuid[]) and mc.status = ${query.status}`;
  const order =
    query.status === 'pending'
      ? sql`order by mc.probability desc, mc.created_at, mc.patient_a_id, mc.patient_b_id`
      : sql`order by coalesce(mc.decided_at, mc.created_at) desc, mc.patient_a_id, mc.patient_b_id`;
  const [count] = await queryRows(executor, sql`select count(*)::int as total from match_candidates mc ${where}`);
  const rows = await queryRows(
    executor,
    sql`${pairSelect} ${where} ${order} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { items: rows.map(toDuplicatePairRow), total: Number(count?.total ?? 0) };
}

/** Encounters of some records per establishment (counts only), for the side-by-side review. */
export async function countEncountersPerEstablishment(
  executor: Executor,
  gstId: string,
  patientIds: readonly string[],
): Promise<
  {
    establishmentId: string;
    establishmentCode: string;
    establishmentName: string;
    establishmentNameAr: string | null;
    count: number;
  }[]
> {
  const rows = await queryRows(
    executor,
    sql`select en.establishment_id, es.code, es.name_fr, es.name_ar, count(*)::int as count
      from encounters en
      join establishments es on es.gst_id = en.gst_id and es.id = en.establishment_id
      where en.gst_id = ${gstId} and en.patient_id = any(${sql.param([...patientIds])}::uuid[])
      group by en.establishment_id, es.code, es.name_fr, es.name_ar
      order by count desc, es.code`,
  );
  return rows.map((row) => ({
    establishmentId: asText(row.establishment_id),
    establishmentCode: asText(row.code),
    establishmentName: asText(row.name_fr),
    establishmentNameAr: asTextOrNull(row.name_ar),
    count: Number(row.count),
  }));
}
