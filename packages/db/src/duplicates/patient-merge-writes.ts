import { sql } from 'drizzle-orm';
import { conflict, survivorChangesSchema, type FieldChange, type PatientDemographics } from '@tansiq/domain';
import type { Tx } from '../client';
import { asText, queryRows } from '../lib/rows';
import { insertPatientVersion } from '../patients/patient-writes';

/**
 * Locks patient rows of a GST for the rest of the transaction (SELECT … FOR UPDATE), in id order so two merges that
 * touch the same records cannot deadlock. Returns the ids found with their status.
 */
export async function lockPatientRows(
  tx: Tx,
  gstId: string,
  ids: readonly string[],
): Promise<{ id: string; status: string; mergedIntoId: string | null; version: number }[]> {
  const rows = await queryRows(
    tx,
    sql`select id, status, merged_into_id, version from patients
      where gst_id = ${gstId} and id = any(${sql.param([...ids])}::uuid[])
      order by id for update`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    status: asText(row.status),
    mergedIntoId: row.merged_into_id == null ? null : asText(row.merged_into_id),
    version: Number(row.version),
  }));
}

/**
 * Marks a record as merged into a survivor (its row, registrations and encounters stay) with its version entry.
 * @throws AppError conflict when the record is no longer active.
 */
export async function markPatientMerged(
  tx: Tx,
  gstId: string,
  entry: { id: string; survivorId: string; state: PatientDemographics },
  actorUserId: string | null,
): Promise<void> {
  const [row] = await queryRows(
    tx,
    sql`update patients set status = 'merged', merged_into_id = ${entry.survivorId}, version = version + 1,
        updated_at = now()
      where gst_id = ${gstId} and id = ${entry.id} and status = 'active'
      returning version`,
  );
  if (!row) {
    throw conflict('This patient is no longer active: it was merged in the meantime');
  }
  await insertPatientVersion(
    tx,
    gstId,
    {
      id: entry.id,
      version: Number(row.version),
      state: entry.state,
      action: 'merged_into',
      changes: [
        { field: 'status', before: 'active', after: 'merged' },
        { field: 'mergedIntoId', before: null, after: entry.survivorId },
      ],
    },
    actorUserId,
  );
}

/**
 * Makes a merged record active again (an unmerge), with its version entry.
 * @throws AppError conflict when the record is not merged into `survivorId`.
 */
export async function restoreMergedPatient(
  tx: Tx,
  gstId: string,
  entry: { id: string; survivorId: string; state: PatientDemographics },
  actorUserId: string | null,
): Promise<void> {
  const [row] = await queryRows(
    tx,
    sql`update patients set status = 'active', merged_into_id = null, version = version + 1, updated_at = now()
      where gst_id = ${gstId} and id = ${entry.id} and status = 'merged' and merged_into_id = ${entry.survivorId}
      returning version`,
  );
  if (!row) {
    throw conflict('This patient is not merged into that record any more');
  }
  await insertPatientVersion(
    tx,
    gstId,
    {
      id: entry.id,
      version: Number(row.version),
      state: entry.state,
      action: 'restored',
      changes: [
        { field: 'status', before: 'merged', after: 'active' },
        { field: 'mergedIntoId', before: entry.survivorId, after: null },
      ],
    },
    actorUserId,
  );
}

/**
 * Records a merge. The unique index on open merges allows one per merged record.
 * @throws AppError conflict (through the unique violation) when the record already has an open merge.
 */
export async function insertPatientMerge(
  tx: Tx,
  gstId: string,
  merge: {
    id: string;
    survivorId: string;
    mergedId: string;
    survivorChanges: FieldChange[];
    automatic: boolean;
    runId: string | null;
    probability: number | null;
  },
  actorUserId: string | null,
): Promise<void> {
  await tx.execute(
    sql`insert into patient_merges (gst_id, id, survivor_id, merged_id, survivor_changes, automatic, run_id,
        probability, merged_by)
      values (${gstId}, ${merge.id}, ${merge.survivorId}, ${merge.mergedId}, ${JSON.stringify(merge.survivorChanges)}::jsonb,
        ${merge.automatic}, ${merge.runId}, ${merge.probability}, ${actorUserId})`,
  );
}

/**
 * Locks an open merge for its unmerge.
 * @throws AppError conflict when the merge was undone in the meantime.
 */
export async function lockOpenPatientMerge(
  tx: Tx,
  gstId: string,
  mergeId: string,
): Promise<{ survivorId: string; mergedId: string; survivorChanges: FieldChange[] }> {
  const [row] = await queryRows(
    tx,
    sql`select survivor_id, merged_id, survivor_changes, undone_at from patient_merges
      where gst_id = ${gstId} and id = ${mergeId} for update`,
  );
  if (!row || row.undone_at != null) {
    throw conflict('This merge was already undone');
  }
  return {
    survivorId: asText(row.survivor_id),
    mergedId: asText(row.merged_id),
    survivorChanges: parseSurvivorChanges(row.survivor_changes),
  };
}

/** The stored `survivor_changes` (jsonb: parsed by node-postgres, a string from some drivers). */
export function parseSurvivorChanges(value: unknown): FieldChange[] {
  return survivorChangesSchema.parse(typeof value === 'string' ? JSON.parse(value) : value);
}

/** Marks a merge as undone. */
export async function markPatientMergeUndone(
  tx: Tx,
  gstId: string,
  mergeId: string,
  actorUserId: string | null,
): Promise<void> {
  await tx.execute(
    sql`update patient_merges set undone_by = ${actorUserId}, undone_at = now()
      where gst_id = ${gstId} and id = ${mergeId} and undone_at is null`,
  );
}
