import { sql, type SQL } from 'drizzle-orm';
import { activeBreakGlassSelect } from '../break-glass/break-glass-queries';
import type { Patient, PatientRegistration, PatientVersion } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, jsonColumn, queryRows, toIso } from '../lib/rows';
import { patientSelect, toPatient } from './patient-rows';

/** One patient by id, whatever its GST or status (the caller authorizes after loading: 404 outside scope). */
export async function findPatientById(executor: Executor, id: string): Promise<Patient | undefined> {
  const [row] = await queryRows(executor, sql`${patientSelect} where pt.id = ${id}`);
  return row ? toPatient(row) : undefined;
}

/** Several patients of one GST by id, in no particular order. */
export async function findPatientsByIds(executor: Executor, gstId: string, ids: readonly string[]): Promise<Patient[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await queryRows(
    executor,
    sql`${patientSelect} where pt.gst_id = ${gstId} and pt.id = any(${sql.param([...ids])}::uuid[])`,
  );
  return rows.map(toPatient);
}

/** A patient by regional id inside a GST. */
export async function findPatientByRegionalId(
  executor: Executor,
  gstId: string,
  regionalId: string,
): Promise<Patient | undefined> {
  const [row] = await queryRows(
    executor,
    sql`${patientSelect} where pt.gst_id = ${gstId} and pt.regional_id = ${regionalId}`,
  );
  return row ? toPatient(row) : undefined;
}

/** The patient holding a local number (IPP) at an establishment. */
export async function findPatientIdByLocalId(
  executor: Executor,
  gstId: string,
  establishmentId: string,
  localId: string,
): Promise<string | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select patient_id from patient_registrations
      where gst_id = ${gstId} and establishment_id = ${establishmentId} and local_id = ${localId}`,
  );
  return row ? asText(row.patient_id) : undefined;
}

/**
 * The golden record a patient now lives in: itself when active, else the end of its `merged_into` chain.
 * `undefined` when the id is unknown in the GST.
 */
export async function findGoldenPatientId(executor: Executor, gstId: string, id: string): Promise<string | undefined> {
  const [row] = await queryRows(
    executor,
    sql`with recursive chain(id, merged_into_id, depth) as (
        select id, merged_into_id, 0 from patients where gst_id = ${gstId} and id = ${id}
        union all
        select p.id, p.merged_into_id, chain.depth + 1 from patients p
        join chain on p.gst_id = ${gstId} and p.id = chain.merged_into_id where chain.depth < 50)
      select id from chain where merged_into_id is null`,
  );
  return row ? asText(row.id) : undefined;
}

/** A golden record and every record merged into it, directly or through another merged record. */
export async function listPatientRecordIds(executor: Executor, gstId: string, goldenId: string): Promise<string[]> {
  const rows = await queryRows(executor, sql`${membersOf(gstId, goldenId)} select id from members`);
  return rows.map((row) => asText(row.id));
}

/** The records merged into a golden record, directly or through another merged record, with the golden one. */
const membersOf = (gstId: string, goldenId: string): SQL =>
  sql`with recursive members(id, depth) as (
      select ${goldenId}::uuid, 0
      union all
      select p.id, members.depth + 1 from patients p
      join members on p.gst_id = ${gstId} and p.merged_into_id = members.id where members.depth < 50)`;

/**
 * The select of the establishments with a care relationship to the records `isRecord` (SQL of `patient_id`) selects:
 * registered there, seen there (an encounter), or at either end of a referral that is active or ended less than 30
 * days ago (issue #4 §3), or of a tele-expertise request that is open or was answered less than 30 days ago.
 */
const careEstablishmentsSelect = (gstId: string, isRecord: SQL): SQL =>
  sql`select establishment_id from patient_registrations where gst_id = ${gstId} and ${isRecord}
    union
    select establishment_id from encounters where gst_id = ${gstId} and ${isRecord}
    union
    select unnest(array[origin_establishment_id, destination_establishment_id]) from referrals
      where gst_id = ${gstId} and ${isRecord} and status <> 'draft'
        and (coalesce(closed_at, declined_at, cancelled_at) is null
          or coalesce(closed_at, declined_at, cancelled_at) > now() - interval '30 days')
    union
    select unnest(array[origin_establishment_id, destination_establishment_id]) from teleexpertise_requests
      where gst_id = ${gstId} and ${isRecord}
        and (status = 'open' or coalesce(answered_at, created_at) > now() - interval '30 days')`;

/** The establishments with a care relationship to any of these records (see `careEstablishmentsSelect`). */
export async function listCareEstablishmentIds(
  executor: Executor,
  gstId: string,
  patientIds: readonly string[],
): Promise<string[]> {
  const rows = await queryRows(
    executor,
    careEstablishmentsSelect(gstId, sql`patient_id = any(${sql.param([...patientIds])}::uuid[])`),
  );
  return rows.map((row) => asText(row.establishment_id));
}

/** What decides a user's reach to a golden record: its records, the establishments caring for it, a break-the-glass. */
export interface PatientReach {
  /** The golden record's id first, then the records merged into it. */
  recordIds: string[];
  careEstablishmentIds: string[];
  breakGlass: { id: string; expiresAt: string } | undefined;
}

/**
 * A golden record's records, the establishments with a care relationship to any of them, and the user's running
 * break-the-glass access to one of them, in one round trip (every opening of a patient reads them).
 */
export async function findPatientReach(
  executor: Executor,
  gstId: string,
  goldenId: string,
  userId: string,
): Promise<PatientReach> {
  const isRecord = sql`patient_id in (select id from members)`;
  const [row] = await queryRows(
    executor,
    sql`${membersOf(gstId, goldenId)}
      select (select json_agg(id order by depth, id) from members) as record_ids,
        (select coalesce(json_agg(distinct establishment_id), '[]'::json) from (
          ${careEstablishmentsSelect(gstId, isRecord)}) care) as care_ids,
        (${activeBreakGlassSelect(gstId, userId, isRecord)}) as break_glass`,
  );
  const list = (value: unknown): string[] => jsonColumn<unknown[]>(value, []).map(asText);
  const breakGlass = jsonColumn<{ id: string; expires_at: string }>(row?.break_glass);
  return {
    recordIds: list(row?.record_ids),
    careEstablishmentIds: list(row?.care_ids),
    breakGlass: breakGlass ? { id: breakGlass.id, expiresAt: toIso(breakGlass.expires_at) } : undefined,
  };
}

/** The registrations of a golden record (its own and those of the records merged into it). */
export async function listPatientRegistrations(
  executor: Executor,
  gstId: string,
  goldenId: string,
  patientIds: readonly string[],
): Promise<PatientRegistration[]> {
  const rows = await queryRows(
    executor,
    sql`select r.id, r.patient_id, r.establishment_id, r.local_id, r.registered_at, e.code, e.name_fr, e.name_ar
      from patient_registrations r
      join establishments e on e.gst_id = r.gst_id and e.id = r.establishment_id
      where r.gst_id = ${gstId} and r.patient_id = any(${sql.param([...patientIds])}::uuid[])
      order by r.registered_at`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    establishmentId: asText(row.establishment_id),
    establishmentCode: asText(row.code),
    establishmentName: asText(row.name_fr),
    establishmentNameAr: asTextOrNull(row.name_ar),
    localId: asTextOrNull(row.local_id),
    registeredAt: toIso(row.registered_at as Date),
    fromPatientId: asText(row.patient_id) === goldenId ? null : asText(row.patient_id),
  }));
}

/** For each patient, the establishments where it is registered (for search results: names only). */
export async function listRegistrationsOfPatients(
  executor: Executor,
  gstId: string,
  patientIds: readonly string[],
): Promise<Map<string, { establishmentId: string; code: string; nameFr: string; localId: string | null }[]>> {
  const result = new Map<string, { establishmentId: string; code: string; nameFr: string; localId: string | null }[]>();
  if (patientIds.length === 0) {
    return result;
  }
  const rows = await queryRows(
    executor,
    sql`select r.patient_id, r.establishment_id, r.local_id, e.code, e.name_fr
      from patient_registrations r join establishments e on e.gst_id = r.gst_id and e.id = r.establishment_id
      where r.gst_id = ${gstId} and r.patient_id = any(${sql.param([...patientIds])}::uuid[])
      order by r.registered_at`,
  );
  for (const row of rows) {
    const list = result.get(asText(row.patient_id)) ?? [];
    list.push({
      establishmentId: asText(row.establishment_id),
      code: asText(row.code),
      nameFr: asText(row.name_fr),
      localId: asTextOrNull(row.local_id),
    });
    result.set(asText(row.patient_id), list);
  }
  return result;
}

/**
 * Candidate patients sharing at least one blocking key with the query, most shared keys first. Each key reads at
 * most `perKeyLimit` index entries, so a very common key (a frequent name in a large town) cannot make a lookup read
 * the table; merged records are skipped (their golden record carries their keys).
 */
export async function findCandidatePatientIds(
  executor: Executor,
  gstId: string,
  keys: readonly string[],
  options: { perKeyLimit: number; limit: number },
): Promise<string[]> {
  if (keys.length === 0) {
    return [];
  }
  const rows = await queryRows(
    executor,
    sql`select hit.patient_id, count(*) as shared
      from unnest(${sql.param([...keys])}::text[]) as k(key)
      cross join lateral (
        select m.patient_id from patient_match_keys m
        where m.gst_id = ${gstId} and m.key = k.key limit ${options.perKeyLimit}) hit
      group by hit.patient_id
      order by shared desc, hit.patient_id
      limit ${options.limit}`,
  );
  return rows.map((row) => asText(row.patient_id));
}

/** How many active (not merged) patients a GST's index holds. */
export async function countActivePatients(executor: Executor, gstId: string): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`select count(*)::int as count from patients where gst_id = ${gstId} and status = 'active'`,
  );
  return Number(row?.count ?? 0);
}

/**
 * Active patients of a GST as the matching engine reads them, for training a model: all of them, or a random sample
 * of `limit` when the index is larger.
 */
export async function listActivePatientsForTraining(
  executor: Executor,
  gstId: string,
  limit: number,
): Promise<Patient[]> {
  const rows = await queryRows(
    executor,
    sql`${patientSelect} where pt.gst_id = ${gstId} and pt.status = 'active'
      and pt.id in (select id from patients where gst_id = ${gstId} and status = 'active' order by random() limit ${limit})`,
  );
  return rows.map(toPatient);
}

/** The versions of a golden record and of the records merged into it, newest first, with the author's name. */
export async function listPatientVersions(
  executor: Executor,
  gstId: string,
  patientIds: readonly string[],
): Promise<PatientVersion[]> {
  const rows = await queryRows(
    executor,
    sql`select v.patient_id, p.regional_id, v.version, v.action, v.changes, v.changed_at, u.display_name
      from patient_versions v
      join patients p on p.gst_id = v.gst_id and p.id = v.patient_id
      left join users u on u.id = v.changed_by
      where v.gst_id = ${gstId} and v.patient_id = any(${sql.param([...patientIds])}::uuid[])
      order by v.changed_at desc, v.version desc`,
  );
  return rows.map((row) => ({
    patientId: asText(row.patient_id),
    regionalId: asText(row.regional_id),
    version: Number(row.version),
    action: asText(row.action),
    changes: (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as PatientVersion['changes'],
    changedBy: asTextOrNull(row.display_name),
    changedAt: toIso(row.changed_at as Date),
  }));
}

/** Records merged into a golden record (directly or not), with when the merge happened. */
export async function listMergedRecords(
  executor: Executor,
  gstId: string,
  memberIds: readonly string[],
): Promise<{ id: string; regionalId: string; mergedAt: string }[]> {
  const rows = await queryRows(
    executor,
    sql`select p.id, p.regional_id, m.merged_at from patients p
      join patient_merges m on m.gst_id = p.gst_id and m.merged_id = p.id and m.undone_at is null
      where p.gst_id = ${gstId} and p.id = any(${sql.param([...memberIds])}::uuid[]) and p.status = 'merged'
      order by m.merged_at`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    regionalId: asText(row.regional_id),
    mergedAt: toIso(row.merged_at as Date),
  }));
}
