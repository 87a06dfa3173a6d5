import { sql } from 'drizzle-orm';
import { conflict } from '@tansiq/domain';
import type { Tx } from '../client';
import { asText, queryRows } from '../lib/rows';

const chunkSize = 1_000;

/**
 * Registers patients at one establishment with their local numbers (IPP), in chunks with unnest (STYLE §7).
 * @throws AppError conflict naming the IPPs someone registered in the meantime (the caller's transaction rolls back).
 */
export async function insertPatientRegistrations(
  tx: Tx,
  gstId: string,
  establishmentId: string,
  registrations: readonly { id: string; patientId: string; localId: string }[],
  actorUserId: string | null,
): Promise<void> {
  for (let start = 0; start < registrations.length; start += chunkSize) {
    const chunk = registrations.slice(start, start + chunkSize);
    const written = await queryRows(
      tx,
      sql`insert into patient_registrations (gst_id, id, patient_id, establishment_id, local_id, registered_by)
        select ${gstId}::uuid, id, patient_id, ${establishmentId}::uuid, local_id, ${actorUserId}::uuid
        from unnest(${sql.param(chunk.map((r) => r.id))}::uuid[], ${sql.param(chunk.map((r) => r.patientId))}::uuid[],
          ${sql.param(chunk.map((r) => r.localId))}::text[]) as t(id, patient_id, local_id)
        on conflict do nothing
        returning local_id`,
    );
    if (written.length !== chunk.length) {
      const done = new Set(written.map((row) => asText(row.local_id)));
      const taken = chunk.filter((registration) => !done.has(registration.localId)).map((r) => r.localId);
      throw conflict('Some local patient numbers were registered at this establishment in the meantime', [
        { path: ['localId'], message: `Already used: ${taken.slice(0, 20).join(', ')}` },
      ]);
    }
  }
}
