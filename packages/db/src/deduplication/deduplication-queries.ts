import { sql } from 'drizzle-orm';
import {
  fromStoredBirthDate,
  matchModelSchema,
  type BirthDatePrecision,
  type MatchablePatient,
  type MatchModel,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';

/**
 * How many blocking keys of a GST are shared by at least two patients (the batch's work, for its progress bar).
 * Only active patients hold keys: a merge moves the merged record's keys to its golden record.
 */
export async function countSharedMatchKeys(executor: Executor, gstId: string): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`select count(*)::int as total from (
        select key from patient_match_keys where gst_id = ${gstId} group by key having count(*) >= 2) shared`,
  );
  return Number(row?.total ?? 0);
}

/** How many blocking keys are shared by more patients than a block may hold (the batch skips them). */
export async function countOversizedMatchKeys(
  executor: Executor,
  gstId: string,
  maxBlockSize: number,
): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`select count(*)::int as total from (
        select key from patient_match_keys where gst_id = ${gstId} group by key having count(*) > ${maxBlockSize}) large`,
  );
  return Number(row?.total ?? 0);
}

/**
 * Refreshes the planner's statistics of the blocking index and the pair table before a batch walks them. Right after a
 * bulk load they may never have been gathered: the planner then takes the index for a few hundred rows and sorts the
 * whole rest of it for every page instead of reading it in key order.
 */
export async function analyzeDeduplicationTables(executor: Executor): Promise<void> {
  await executor.execute(sql`analyze patient_match_keys, match_candidates`);
}

/**
 * The next `(key, patient)` entries of a GST's blocking index after a key, in key order, at most `limit`: the scan
 * follows the (gst_id, key, patient_id) primary key and stops at the limit, so each page of the batch reads only its
 * own range (a GROUP BY here would aggregate the whole rest of the index for every page).
 */
export async function listMatchKeyRows(
  executor: Executor,
  gstId: string,
  page: { after: string | null; limit: number },
): Promise<{ key: string; patientId: string }[]> {
  const rows = await queryRows(
    executor,
    sql`select key, patient_id from patient_match_keys
      where gst_id = ${gstId} ${page.after === null ? sql`` : sql`and key > ${page.after}`}
      order by key, patient_id limit ${page.limit}`,
  );
  return rows.map((row) => ({ key: asText(row.key), patientId: asText(row.patient_id) }));
}

const textArray = (value: unknown): string[] => {
  if (Array.isArray(value)) {
    return value.map(asText);
  }
  return typeof value === 'string' && value.length > 2 ? value.slice(1, -1).split(',') : [];
};

/** The version of each active patient among `ids` (a cheap check that a patient read earlier is unchanged). */
export async function listActivePatientVersions(
  executor: Executor,
  gstId: string,
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await queryRows(
    executor,
    sql`select id, version from patients
      where gst_id = ${gstId} and status = 'active' and id = any(${sql.param([...ids])}::uuid[])`,
  );
  return new Map(rows.map((row) => [asText(row.id), Number(row.version)]));
}

/**
 * The active patients among `ids`, with only what the matching engine reads and their version: a lean row, loaded in
 * bulk for a page of blocks.
 */
export async function listMatchablePatients(
  executor: Executor,
  gstId: string,
  ids: readonly string[],
): Promise<{ id: string; version: number; patient: MatchablePatient }[]> {
  if (ids.length === 0) {
    return [];
  }
  const rows = await queryRows(
    executor,
    sql`select id, version, given_name_latin, family_name_latin, given_name_arabic, family_name_arabic,
        father_given_name, sex, birth_date::text as birth_date, birth_date_precision, cin, amo_number, phones,
        commune_code, address
      from patients
      where gst_id = ${gstId} and status = 'active' and id = any(${sql.param([...ids])}::uuid[])`,
  );
  return rows.map((row) => {
    const birthDate = asTextOrNull(row.birth_date);
    const precision = asTextOrNull(row.birth_date_precision) as BirthDatePrecision | null;
    return {
      id: asText(row.id),
      version: Number(row.version),
      patient: {
        givenNameLatin: asTextOrNull(row.given_name_latin),
        familyNameLatin: asTextOrNull(row.family_name_latin),
        givenNameArabic: asTextOrNull(row.given_name_arabic),
        familyNameArabic: asTextOrNull(row.family_name_arabic),
        fatherGivenName: asTextOrNull(row.father_given_name),
        sex: asText(row.sex),
        birthDate: birthDate === null || precision === null ? null : fromStoredBirthDate(birthDate, precision),
        cin: asTextOrNull(row.cin),
        amoNumber: asTextOrNull(row.amo_number),
        phones: textArray(row.phones),
        communeCode: asTextOrNull(row.commune_code),
        address: asTextOrNull(row.address),
      },
    };
  });
}

/** A pair of patients by id, `patientAId` < `patientBId` as `match_candidates` stores it. */
export interface PatientIdPair {
  patientAId: string;
  patientBId: string;
}

/**
 * The pairs among `ids` that `match_candidates` already holds, whatever their status, with that status: a decided
 * pair is never scored again, and a queued one needs nothing more.
 */
export async function listKnownPairs(
  executor: Executor,
  gstId: string,
  ids: readonly string[],
): Promise<(PatientIdPair & { status: string })[]> {
  if (ids.length < 2) {
    return [];
  }
  const param = sql.param([...ids]);
  const rows = await queryRows(
    executor,
    sql`select patient_a_id, patient_b_id, status from match_candidates
      where gst_id = ${gstId} and patient_a_id = any(${param}::uuid[]) and patient_b_id = any(${param}::uuid[])`,
  );
  return rows.map((row) => ({
    patientAId: asText(row.patient_a_id),
    patientBId: asText(row.patient_b_id),
    status: asText(row.status),
  }));
}

/** The pending pairs a run queued at or above a probability whose two patients are both still active. */
export async function listRunLinks(
  executor: Executor,
  gstId: string,
  runId: string,
  threshold: number,
): Promise<(PatientIdPair & { probability: number })[]> {
  const rows = await queryRows(
    executor,
    sql`select m.patient_a_id, m.patient_b_id, m.probability from match_candidates m
      join patients a on a.gst_id = m.gst_id and a.id = m.patient_a_id and a.status = 'active'
      join patients b on b.gst_id = m.gst_id and b.id = m.patient_b_id and b.status = 'active'
      where m.gst_id = ${gstId} and m.run_id = ${runId} and m.status = 'pending' and m.probability >= ${threshold}`,
  );
  return rows.map((row) => ({
    patientAId: asText(row.patient_a_id),
    patientBId: asText(row.patient_b_id),
    probability: Number(row.probability),
  }));
}

/** How many pairs a run left pending at or above a probability (the links the clustering guard left to reviewers). */
export async function countPendingRunPairs(
  executor: Executor,
  gstId: string,
  runId: string,
  threshold: number,
): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`select count(*)::int as total from match_candidates
      where gst_id = ${gstId} and run_id = ${runId} and status = 'pending' and probability >= ${threshold}`,
  );
  return Number(row?.total ?? 0);
}

/**
 * The creation time of each patient, to the microsecond and sortable as text (UTC), to choose the oldest record of a
 * cluster as the survivor.
 */
export async function listPatientCreationTimes(
  executor: Executor,
  gstId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await queryRows(
    executor,
    sql`select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as created_at from patients
      where gst_id = ${gstId} and id = any(${sql.param([...ids])}::uuid[])`,
  );
  return new Map(rows.map((row) => [asText(row.id), asText(row.created_at)]));
}

/** One stored version of a GST's match model (a run scores with the version it recorded, even if a newer one lands). */
export async function findMatchModelVersion(
  executor: Executor,
  gstId: string,
  version: number,
): Promise<MatchModel | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select model from match_models where gst_id = ${gstId} and version = ${version}`,
  );
  if (!row) {
    return undefined;
  }
  return matchModelSchema.parse(typeof row.model === 'string' ? (JSON.parse(row.model) as unknown) : row.model);
}
