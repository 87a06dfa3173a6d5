import { sql } from 'drizzle-orm';
import type { PathwayOriginRow } from '@tansiq/domain';
import type { Tx } from '../client';
import { queryRows } from '../lib/rows';

/** Rows per statement: a map of a large GST is written in chunks, inside the caller's one transaction. */
const chunkSize = 1_000;

async function insertOriginRows(tx: Tx, gstId: string, mapId: string, rows: readonly PathwayOriginRow[]) {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const column = <T>(pick: (row: PathwayOriginRow) => T) => sql.param(chunk.map(pick));
    await tx.execute(sql`insert into pathway_origins (gst_id, map_id, origin_establishment_id, max_delay_routine_days,
        max_delay_urgent_days, max_delay_emergency_hours, teleexpertise_first, return_establishment_id)
      select ${gstId}::uuid, ${mapId}::uuid, * from unnest(${column((row) => row.originEstablishmentId)}::uuid[],
        ${column((row) => row.maxDelayRoutineDays)}::int[], ${column((row) => row.maxDelayUrgentDays)}::int[],
        ${column((row) => row.maxDelayEmergencyHours)}::int[], ${column((row) => row.teleexpertiseFirst)}::bool[],
        ${column((row) => row.returnEstablishmentId)}::uuid[])`);
    const destinations = chunk.flatMap((row) =>
      row.destinationIds.map((id, index) => ({ origin: row.originEstablishmentId, rank: index + 1, id })),
    );
    if (destinations.length > 0) {
      await tx.execute(sql`insert into pathway_destinations (gst_id, map_id, origin_establishment_id, rank,
          destination_establishment_id)
        select ${gstId}::uuid, ${mapId}::uuid, * from unnest(${sql.param(destinations.map((d) => d.origin))}::uuid[],
          ${sql.param(destinations.map((d) => d.rank))}::int[], ${sql.param(destinations.map((d) => d.id))}::uuid[])`);
    }
  }
}

/**
 * Creates a draft version of a specialty's map with its rows, in bulk (unnest).
 * @throws a unique violation (conflict) when the specialty already has a draft or the version number is taken.
 */
export async function insertPathwayMapDraft(
  tx: Tx,
  gstId: string,
  map: { id: string; specialtyCode: string; version: number; notes: string | null; createdBy: string | null },
  rows: readonly PathwayOriginRow[],
): Promise<void> {
  await tx.execute(sql`insert into pathway_maps (gst_id, id, specialty_code, version, status, notes, created_by)
    values (${gstId}, ${map.id}, ${map.specialtyCode}, ${map.version}, 'draft', ${map.notes}, ${map.createdBy})`);
  await insertOriginRows(tx, gstId, map.id, rows);
}

/** Moves a draft to its next revision if it is still at `revision`; false when it changed or is no longer a draft. */
async function bumpDraftRevision(tx: Tx, gstId: string, mapId: string, revision: number): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update pathway_maps set revision = revision + 1, updated_at = now()
      where gst_id = ${gstId} and id = ${mapId} and status = 'draft' and revision = ${revision} returning id`,
  );
  return rows.length === 1;
}

/**
 * Replaces (or adds) the row of one origin of a draft, with its ranked destinations, if the draft is still at
 * `revision`. Returns false, writing nothing, when it is not.
 */
export async function replacePathwayOrigin(
  tx: Tx,
  gstId: string,
  mapId: string,
  revision: number,
  row: PathwayOriginRow,
): Promise<boolean> {
  if (!(await bumpDraftRevision(tx, gstId, mapId, revision))) {
    return false;
  }
  await tx.execute(sql`delete from pathway_origins where gst_id = ${gstId} and map_id = ${mapId}
    and origin_establishment_id = ${row.originEstablishmentId}`);
  await insertOriginRows(tx, gstId, mapId, [row]);
  return true;
}

/** Publishes a draft still at `revision` from an effective date; false, writing nothing, otherwise. */
export async function publishPathwayMap(
  tx: Tx,
  gstId: string,
  mapId: string,
  change: { revision: number; effectiveFrom: string; publishedBy: string | null },
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update pathway_maps set status = 'published', effective_from = ${change.effectiveFrom}::date,
        published_at = now(), published_by = ${change.publishedBy}, revision = revision + 1, updated_at = now()
      where gst_id = ${gstId} and id = ${mapId} and status = 'draft' and revision = ${change.revision}
      returning id`,
  );
  return rows.length === 1;
}

/** Deletes a draft still at `revision`, with its rows; false, deleting nothing, otherwise. */
export async function deletePathwayDraft(tx: Tx, gstId: string, mapId: string, revision: number): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`delete from pathway_maps where gst_id = ${gstId} and id = ${mapId} and status = 'draft'
      and revision = ${revision} returning id`,
  );
  return rows.length === 1;
}
