import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { conflict, normaliseSearchText, totalBeds, type EstablishmentState, type FieldChange } from '@tansiq/domain';
import type { Tx } from '../client';
import { queryRows } from '../lib/rows';

/** One establishment to write at `version`, with the history entry that explains it. */
export interface EstablishmentWrite {
  id: string;
  version: number;
  state: EstablishmentState;
  action: 'created' | 'updated' | 'closed' | 'reopened' | 'imported';
  changes: FieldChange[];
  /** Only read on creation: provenance flags never change afterwards. */
  provenance?: { isGenerated: boolean; isDemo: boolean; osmId: string | null };
}

const column = <T>(writes: readonly EstablishmentWrite[], pick: (write: EstablishmentWrite) => T) =>
  sql.param(writes.map(pick));

/**
 * Writes establishments with their services, equipment and history in bulk (unnest, STYLE §7). Every write path
 * (form, close, import, demo seed) goes through here so that history is never skipped. Optimistic locking: an
 * existing row is updated only if its stored version is `version - 1`.
 * @throws AppError conflict when another change got there first.
 */
export async function writeEstablishments(
  tx: Tx,
  gstId: string,
  writes: readonly EstablishmentWrite[],
  actorUserId: string | null,
): Promise<void> {
  for (let start = 0; start < writes.length; start += chunkSize) {
    await writeChunk(tx, gstId, writes.slice(start, start + chunkSize), actorUserId);
  }
}

/** Rows per statement: large imports are written in chunks, inside the caller's one transaction. */
const chunkSize = 500;

async function writeChunk(
  tx: Tx,
  gstId: string,
  writes: readonly EstablishmentWrite[],
  actorUserId: string | null,
): Promise<void> {
  const written = await queryRows(
    tx,
    sql`insert into establishments as e (gst_id, id, code, name_fr, name_ar, search_text, type, level, province_code,
        commune_code, lon, lat, address, phone, status, opening_hours, total_beds, is_generated, is_demo, osm_id,
        closed_on, closure_reason, version)
      select ${gstId}::uuid, * from unnest(
        ${column(writes, (w) => w.id)}::uuid[], ${column(writes, (w) => w.state.code)}::text[],
        ${column(writes, (w) => w.state.nameFr)}::text[], ${column(writes, (w) => w.state.nameAr)}::text[],
        ${column(writes, (w) => normaliseSearchText(`${w.state.code} ${w.state.nameFr} ${w.state.nameAr ?? ''}`))}::text[],
        ${column(writes, (w) => w.state.type)}::text[], ${column(writes, (w) => w.state.level)}::text[],
        ${column(writes, (w) => w.state.provinceCode)}::text[], ${column(writes, (w) => w.state.communeCode)}::text[],
        ${column(writes, (w) => w.state.lon)}::float8[], ${column(writes, (w) => w.state.lat)}::float8[],
        ${column(writes, (w) => w.state.address)}::text[], ${column(writes, (w) => w.state.phone)}::text[],
        ${column(writes, (w) => w.state.status)}::text[], ${column(writes, (w) => w.state.openingHours)}::text[],
        ${column(writes, (w) => totalBeds(w.state.services))}::int[],
        ${column(writes, (w) => w.provenance?.isGenerated ?? false)}::bool[],
        ${column(writes, (w) => w.provenance?.isDemo ?? false)}::bool[],
        ${column(writes, (w) => w.provenance?.osmId ?? null)}::text[],
        ${column(writes, (w) => w.state.closedOn)}::date[], ${column(writes, (w) => w.state.closureReason)}::text[],
        ${column(writes, (w) => w.version)}::int[])
      on conflict (gst_id, id) do update set code = excluded.code, name_fr = excluded.name_fr, name_ar = excluded.name_ar,
        search_text = excluded.search_text, type = excluded.type, level = excluded.level,
        province_code = excluded.province_code, commune_code = excluded.commune_code, lon = excluded.lon,
        lat = excluded.lat, address = excluded.address, phone = excluded.phone, status = excluded.status,
        opening_hours = excluded.opening_hours, total_beds = excluded.total_beds, closed_on = excluded.closed_on,
        closure_reason = excluded.closure_reason, version = excluded.version, updated_at = now()
      where e.version = excluded.version - 1
      returning e.id`,
  );
  if (written.length !== writes.length) {
    throw conflict('This establishment was changed by someone else in the meantime; reload it and try again');
  }
  const ids = sql.param(writes.map((write) => write.id));
  await tx.execute(
    sql`delete from establishment_services where gst_id = ${gstId} and establishment_id = any(${ids}::uuid[])`,
  );
  await tx.execute(
    sql`delete from establishment_equipment where gst_id = ${gstId} and establishment_id = any(${ids}::uuid[])`,
  );
  const services = writes.flatMap((write) => write.state.services.map((service) => ({ id: write.id, ...service })));
  if (services.length > 0) {
    await tx.execute(sql`insert into establishment_services (gst_id, establishment_id, specialty_code, beds)
      select ${gstId}::uuid, * from unnest(${sql.param(services.map((s) => s.id))}::uuid[],
        ${sql.param(services.map((s) => s.specialtyCode))}::text[], ${sql.param(services.map((s) => s.beds))}::int[])`);
  }
  const equipment = writes.flatMap((write) => write.state.equipment.map((item) => ({ id: write.id, ...item })));
  if (equipment.length > 0) {
    await tx.execute(sql`insert into establishment_equipment (gst_id, establishment_id, equipment_code, quantity)
      select ${gstId}::uuid, * from unnest(${sql.param(equipment.map((e) => e.id))}::uuid[],
        ${sql.param(equipment.map((e) => e.equipmentCode))}::text[], ${sql.param(equipment.map((e) => e.quantity))}::int[])`);
  }
  await tx.execute(sql`insert into establishment_changes (gst_id, id, establishment_id, version, action, changed_by, changes)
    select ${gstId}::uuid, * from unnest(${column(writes, () => randomUUID())}::uuid[], ${ids}::uuid[], ${column(writes, (w) => w.version)}::int[],
      ${column(writes, (w) => w.action)}::text[], ${sql.param(writes.map(() => actorUserId))}::uuid[],
      ${column(writes, (w) => JSON.stringify(w.changes))}::jsonb[])`);
}
