import { sql } from 'drizzle-orm';
import { conflict, toStoredBirthDate, type FieldChange, type PatientDemographics } from '@tansiq/domain';
import type { Tx } from '../client';
import { queryRows } from '../lib/rows';

/** A new patient to insert, with its first version and its blocking keys. */
export interface PatientInsert {
  id: string;
  regionalId: string;
  state: PatientDemographics;
  keys: readonly string[];
  isDemo?: boolean;
  action?: 'created' | 'imported';
}

const chunkSize = 1_000;

/** The stored columns of a demographic state (the birth date split into a date and its precision). */
export function storedColumns(state: PatientDemographics) {
  const birth = state.birthDate === null ? null : toStoredBirthDate(state.birthDate);
  return { ...state, birthDateStored: birth?.date ?? null, birthDatePrecision: birth?.precision ?? null };
}

/**
 * Inserts patients with their first version and blocking keys, in chunks with unnest (STYLE §7): registration,
 * imports, the demo seed and the benchmark all go through here.
 * @throws AppError conflict when a regional id is already taken (the caller draws another one).
 */
export async function insertPatients(
  tx: Tx,
  gstId: string,
  inserts: readonly PatientInsert[],
  actorUserId: string | null,
): Promise<void> {
  for (let start = 0; start < inserts.length; start += chunkSize) {
    await insertChunk(tx, gstId, inserts.slice(start, start + chunkSize), actorUserId);
  }
}

async function insertChunk(
  tx: Tx,
  gstId: string,
  inserts: readonly PatientInsert[],
  actorUserId: string | null,
): Promise<void> {
  const rows = inserts.map((insert) => ({ ...insert, stored: storedColumns(insert.state) }));
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => sql.param(rows.map(pick));
  const written = await queryRows(
    tx,
    sql`insert into patients (gst_id, id, regional_id, given_name_latin, family_name_latin, given_name_arabic,
        family_name_arabic, father_given_name, sex, birth_date, birth_date_precision, cin, amo_scheme, amo_number,
        phones, commune_code, address, reference_establishment_id, vital_status, death_date, is_demo, created_by)
      select ${gstId}::uuid, id, regional_id, gnl, fnl, gna, fna, father, sex, birth, precision, cin, scheme, amo,
        case when phones = '' then '{}'::text[] else string_to_array(phones, ',') end, commune, address, reference,
        vital, death, demo, ${actorUserId}::uuid
      from unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.regionalId)}::text[],
        ${column((r) => r.stored.givenNameLatin)}::text[], ${column((r) => r.stored.familyNameLatin)}::text[],
        ${column((r) => r.stored.givenNameArabic)}::text[], ${column((r) => r.stored.familyNameArabic)}::text[],
        ${column((r) => r.stored.fatherGivenName)}::text[], ${column((r) => r.stored.sex)}::text[],
        ${column((r) => r.stored.birthDateStored)}::date[], ${column((r) => r.stored.birthDatePrecision)}::text[],
        ${column((r) => r.stored.cin)}::text[], ${column((r) => r.stored.amoScheme)}::text[],
        ${column((r) => r.stored.amoNumber)}::text[], ${column((r) => r.stored.phones.join(','))}::text[],
        ${column((r) => r.stored.communeCode)}::text[], ${column((r) => r.stored.address)}::text[],
        ${column((r) => r.stored.referenceEstablishmentId)}::uuid[], ${column((r) => r.stored.vitalStatus)}::text[],
        ${column((r) => r.stored.deathDate)}::date[], ${column((r) => r.isDemo ?? false)}::bool[])
        as t(id, regional_id, gnl, fnl, gna, fna, father, sex, birth, precision, cin, scheme, amo, phones, commune,
          address, reference, vital, death, demo)
      on conflict (gst_id, regional_id) do nothing
      returning id`,
  );
  if (written.length !== inserts.length) {
    throw conflict('A regional patient id was already taken; try again');
  }
  await tx.execute(
    sql`insert into patient_versions (gst_id, patient_id, version, action, state, changes, changed_by)
      select ${gstId}::uuid, id, 1, action, state, '[]'::jsonb, ${actorUserId}::uuid
      from unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.action ?? 'created')}::text[],
        ${column((r) => JSON.stringify(r.state))}::jsonb[]) as t(id, action, state)`,
  );
  await insertMatchKeys(
    tx,
    gstId,
    rows.flatMap((row) => row.keys.map((key) => ({ patientId: row.id, key }))),
  );
}

/** Adds blocking keys (a key already held by the patient is skipped). */
export async function insertMatchKeys(
  tx: Tx,
  gstId: string,
  keys: readonly { patientId: string; key: string }[],
): Promise<void> {
  for (let start = 0; start < keys.length; start += 5_000) {
    const chunk = keys.slice(start, start + 5_000);
    await tx.execute(
      sql`insert into patient_match_keys (gst_id, key, patient_id)
        select ${gstId}::uuid, key, patient_id
        from unnest(${sql.param(chunk.map((k) => k.key))}::text[], ${sql.param(chunk.map((k) => k.patientId))}::uuid[])
          as t(key, patient_id)
        on conflict do nothing`,
    );
  }
}

/** Replaces the blocking keys of a golden record (and drops those of the records listed in `formerIds`). */
export async function replaceMatchKeys(
  tx: Tx,
  gstId: string,
  patientId: string,
  keys: readonly string[],
  formerIds: readonly string[] = [],
): Promise<void> {
  await tx.execute(
    sql`delete from patient_match_keys where gst_id = ${gstId}
      and patient_id = any(${sql.param([patientId, ...formerIds])}::uuid[])`,
  );
  await insertMatchKeys(
    tx,
    gstId,
    keys.map((key) => ({ patientId, key })),
  );
}

/**
 * Writes a new state of a patient at `version` (optimistic locking: the stored version must be `version - 1`) with
 * its version entry.
 * @throws AppError conflict when someone else changed the patient in the meantime.
 */
export async function updatePatientState(
  tx: Tx,
  gstId: string,
  write: {
    id: string;
    version: number;
    state: PatientDemographics;
    action: 'updated' | 'merged' | 'unmerged';
    changes: FieldChange[];
  },
  actorUserId: string | null,
): Promise<void> {
  const stored = storedColumns(write.state);
  const written = await queryRows(
    tx,
    sql`update patients set given_name_latin = ${stored.givenNameLatin}, family_name_latin = ${stored.familyNameLatin},
        given_name_arabic = ${stored.givenNameArabic}, family_name_arabic = ${stored.familyNameArabic},
        father_given_name = ${stored.fatherGivenName}, sex = ${stored.sex}, birth_date = ${stored.birthDateStored},
        birth_date_precision = ${stored.birthDatePrecision}, cin = ${stored.cin}, amo_scheme = ${stored.amoScheme},
        amo_number = ${stored.amoNumber}, phones = ${sql.param(stored.phones)}::text[],
        commune_code = ${stored.communeCode}, address = ${stored.address},
        reference_establishment_id = ${stored.referenceEstablishmentId}, vital_status = ${stored.vitalStatus},
        death_date = ${stored.deathDate}, version = ${write.version}, updated_at = now()
      where gst_id = ${gstId} and id = ${write.id} and version = ${write.version - 1}
      returning id`,
  );
  if (written.length !== 1) {
    throw conflict('This patient was changed by someone else in the meantime; reload and try again');
  }
  await insertPatientVersion(tx, gstId, { ...write, state: write.state }, actorUserId);
}

/** Records a version entry of a patient (also for status changes such as merged_into and restored). */
export async function insertPatientVersion(
  tx: Tx,
  gstId: string,
  entry: { id: string; version: number; state: PatientDemographics; action: string; changes: FieldChange[] },
  actorUserId: string | null,
): Promise<void> {
  await tx.execute(
    sql`insert into patient_versions (gst_id, patient_id, version, action, state, changes, changed_by)
      values (${gstId}, ${entry.id}, ${entry.version}, ${entry.action}, ${JSON.stringify(entry.state)}::jsonb,
        ${JSON.stringify(entry.changes)}::jsonb, ${actorUserId})`,
  );
}

/** Registers a patient at an establishment, with its local number (IPP) when there is one. */
export async function insertPatientRegistration(
  tx: Tx,
  gstId: string,
  registration: { id: string; patientId: string; establishmentId: string; localId: string | null },
  actorUserId: string | null,
): Promise<void> {
  const rows = await queryRows(
    tx,
    sql`insert into patient_registrations (gst_id, id, patient_id, establishment_id, local_id, registered_by)
      values (${gstId}, ${registration.id}, ${registration.patientId}, ${registration.establishmentId},
        ${registration.localId}, ${actorUserId})
      on conflict do nothing returning id`,
  );
  if (rows.length !== 1) {
    throw conflict('This local patient number is already used at this establishment', [
      { path: ['localId'], message: `${registration.localId ?? ''} is already used at this establishment` },
    ]);
  }
}
