import { sql } from 'drizzle-orm';
import type { FieldChange } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso, toIsoOrNull } from '../lib/rows';
import { parseSurvivorChanges } from './patient-merge-writes';

/** A merge as stored, with the names of who merged and who undid it. */
export interface PatientMergeRow {
  id: string;
  gstId: string;
  survivorId: string;
  mergedId: string;
  survivorChanges: FieldChange[];
  automatic: boolean;
  runId: string | null;
  probability: number | null;
  mergedAt: string;
  mergedBy: { id: string; displayName: string } | null;
  undoneAt: string | null;
  undoneBy: { id: string; displayName: string } | null;
}

const mergeSelect = sql`
  select m.id, m.gst_id, m.survivor_id, m.merged_id, m.survivor_changes, m.automatic, m.run_id, m.probability,
    m.merged_at, m.merged_by, mu.display_name as merged_by_name, m.undone_at, m.undone_by,
    uu.display_name as undone_by_name
  from patient_merges m
  left join users mu on mu.id = m.merged_by
  left join users uu on uu.id = m.undone_by`;

const userRef = (id: unknown, name: unknown) => {
  const userId = asTextOrNull(id);
  return userId === null ? null : { id: userId, displayName: asTextOrNull(name) ?? '' };
};

function toPatientMergeRow(row: Record<string, unknown>): PatientMergeRow {
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    survivorId: asText(row.survivor_id),
    mergedId: asText(row.merged_id),
    survivorChanges: parseSurvivorChanges(row.survivor_changes),
    automatic: row.automatic === true,
    runId: asTextOrNull(row.run_id),
    probability: row.probability == null ? null : Number(row.probability),
    mergedAt: toIso(row.merged_at as Date),
    mergedBy: userRef(row.merged_by, row.merged_by_name),
    undoneAt: toIsoOrNull(row.undone_at as Date | null),
    undoneBy: userRef(row.undone_by, row.undone_by_name),
  };
}

/** One merge by id, whatever its GST (the caller authorizes after loading: 404 outside scope). */
export async function findPatientMergeById(executor: Executor, id: string): Promise<PatientMergeRow | undefined> {
  const [row] = await queryRows(executor, sql`${mergeSelect} where m.id = ${id}`);
  return row ? toPatientMergeRow(row) : undefined;
}

/** The merges into some records (a golden record and its members), open or undone, newest first. */
export async function listPatientMergesInto(
  executor: Executor,
  gstId: string,
  survivorIds: readonly string[],
): Promise<PatientMergeRow[]> {
  const rows = await queryRows(
    executor,
    sql`${mergeSelect} where m.gst_id = ${gstId} and m.survivor_id = any(${sql.param([...survivorIds])}::uuid[])
      order by m.merged_at desc, m.id`,
  );
  return rows.map(toPatientMergeRow);
}
