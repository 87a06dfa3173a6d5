// Bulk writes of the demo patients' registrations and encounters: parameterised SQL with unnest, in chunks, inside
// the caller's transaction (STYLE §7); the query builder would cost too much for ~100,000 rows on PGlite.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '@tansiq/db';
import type { DemoEncounterPlan } from './seed-demo-patients-encounters';

/** A registration of a demo patient, with the establishment's own number (IPP). */
export interface DemoRegistration {
  patientId: string;
  establishmentId: string;
  localId: string;
  /** Milliseconds since the epoch. */
  registeredAt: number;
}

/** An encounter of a demo patient. */
export type DemoEncounter = DemoEncounterPlan & { patientId: string };

const chunkSize = 5_000;
const iso = (time: number): string => new Date(time).toISOString();

async function inChunks<T>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<unknown>): Promise<number> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await write(rows.slice(start, start + chunkSize));
  }
  return rows.length;
}

/** Inserts registrations; returns how many. */
export async function insertDemoRegistrations(
  tx: Tx,
  gstId: string,
  registrations: readonly DemoRegistration[],
): Promise<number> {
  return inChunks(registrations, (chunk) => {
    const column = <T>(pick: (row: DemoRegistration) => T) => sql.param(chunk.map(pick));
    return tx.execute(
      sql`insert into patient_registrations (gst_id, id, patient_id, establishment_id, local_id, registered_at)
        select ${gstId}::uuid, id, patient_id, establishment_id, local_id, registered_at
        from unnest(${column(() => randomUUID())}::uuid[], ${column((r) => r.patientId)}::uuid[],
          ${column((r) => r.establishmentId)}::uuid[], ${column((r) => r.localId)}::text[],
          ${column((r) => iso(r.registeredAt))}::timestamptz[])
          as t(id, patient_id, establishment_id, local_id, registered_at)`,
    );
  });
}

/** Inserts encounters, flagged `is_demo`; returns how many. */
export async function insertDemoEncounters(
  tx: Tx,
  gstId: string,
  encounters: readonly DemoEncounter[],
): Promise<number> {
  return inChunks(encounters, (chunk) => {
    const column = <T>(pick: (row: DemoEncounter) => T) => sql.param(chunk.map(pick));
    return tx.execute(
      sql`insert into encounters (gst_id, id, patient_id, establishment_id, specialty_code, kind, started_at, ended_at,
          practitioner_name, reason, icd10_code, outcome, is_demo)
        select ${gstId}::uuid, id, patient_id, establishment_id, specialty, kind, started_at, ended_at, practitioner,
          reason, icd10, outcome, true
        from unnest(${column(() => randomUUID())}::uuid[], ${column((e) => e.patientId)}::uuid[],
          ${column((e) => e.establishmentId)}::uuid[], ${column((e) => e.specialtyCode)}::text[],
          ${column((e) => e.kind)}::text[], ${column((e) => iso(e.startedAt))}::timestamptz[],
          ${column((e) => (e.endedAt === null ? null : iso(e.endedAt)))}::timestamptz[],
          ${column((e) => e.practitionerName)}::text[], ${column((e) => e.reason)}::text[],
          ${column((e) => e.icd10Code)}::text[], ${column((e) => e.outcome)}::text[])
          as t(id, patient_id, establishment_id, specialty, kind, started_at, ended_at, practitioner, reason, icd10,
            outcome)`,
    );
  });
}
