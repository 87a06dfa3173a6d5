import { sql } from 'drizzle-orm';
import type { DuplicatePairSource, FieldChange, MatchReason, PatientDemographics } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, queryRows } from '../lib/rows';
import { insertMatchKeys, storedColumns } from '../patients/patient-writes';
import type { OrderedPair } from './duplicate-pair-writes';

/*
 * The set-based twins of the per-merge writes (patient-merge-writes, duplicate-pair-writes, patient-writes), for the
 * batch deduplication: a page of clusters is merged with a few `unnest` statements instead of about fifteen per merge
 * (STYLE §7). Each writes exactly the rows its per-merge twin would; the caller locks and checks first.
 */

const chunkSize = 2_000;

/** Runs `write` on consecutive chunks of `rows` (bounded parameter arrays). */
async function inChunks<Row>(rows: readonly Row[], write: (chunk: readonly Row[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await write(rows.slice(start, start + chunkSize));
  }
}

/** Locks these pairs' rows (FOR UPDATE, in key order) and returns their statuses; a pair never queued is absent. */
export async function lockDuplicatePairs(
  tx: Tx,
  gstId: string,
  pairs: readonly OrderedPair[],
): Promise<(OrderedPair & { status: string })[]> {
  if (pairs.length === 0) {
    return [];
  }
  const rows = await queryRows(
    tx,
    sql`select m.patient_a_id, m.patient_b_id, m.status from match_candidates m
      join unnest(${sql.param(pairs.map((pair) => pair.patientAId))}::uuid[],
        ${sql.param(pairs.map((pair) => pair.patientBId))}::uuid[]) as t(a, b)
        on m.patient_a_id = t.a and m.patient_b_id = t.b
      where m.gst_id = ${gstId}
      order by m.patient_a_id, m.patient_b_id for update of m`,
  );
  return rows.map((row) => ({
    patientAId: asText(row.patient_a_id),
    patientBId: asText(row.patient_b_id),
    status: asText(row.status),
  }));
}

/** Every record of each golden record (itself and those merged into it, directly or not), by golden record. */
export async function listGoldenRecordMembers(
  executor: Executor,
  gstId: string,
  goldenIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await queryRows(
    executor,
    sql`with recursive members(golden_id, id, depth) as (
        select g, g, 0 from unnest(${sql.param([...goldenIds])}::uuid[]) as g
        union all
        select members.golden_id, p.id, members.depth + 1 from patients p
        join members on p.gst_id = ${gstId} and p.merged_into_id = members.id where members.depth < 50)
      select golden_id, id from members`,
  );
  const members = new Map<string, string[]>();
  for (const row of rows) {
    const golden = asText(row.golden_id);
    members.set(golden, [...(members.get(golden) ?? []), asText(row.id)]);
  }
  return members;
}

/** Writes survivors' new states at their new versions (the caller holds their row locks, so no version check). */
export async function updatePatientStates(
  tx: Tx,
  gstId: string,
  writes: readonly { id: string; version: number; state: PatientDemographics }[],
): Promise<void> {
  await inChunks(writes, async (chunk) => {
    const rows = chunk.map((write) => ({ ...write, stored: storedColumns(write.state) }));
    const column = <T>(pick: (row: (typeof rows)[number]) => T) => sql.param(rows.map(pick));
    await tx.execute(
      sql`update patients p set given_name_latin = t.gnl, family_name_latin = t.fnl, given_name_arabic = t.gna,
          family_name_arabic = t.fna, father_given_name = t.father, sex = t.sex, birth_date = t.birth,
          birth_date_precision = t.precision, cin = t.cin, amo_scheme = t.scheme, amo_number = t.amo,
          phones = case when t.phones = '' then '{}'::text[] else string_to_array(t.phones, ',') end,
          commune_code = t.commune, address = t.address, reference_establishment_id = t.reference,
          vital_status = t.vital, death_date = t.death, version = t.version, updated_at = now()
        from unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.version)}::int[],
          ${column((r) => r.stored.givenNameLatin)}::text[], ${column((r) => r.stored.familyNameLatin)}::text[],
          ${column((r) => r.stored.givenNameArabic)}::text[], ${column((r) => r.stored.familyNameArabic)}::text[],
          ${column((r) => r.stored.fatherGivenName)}::text[], ${column((r) => r.stored.sex)}::text[],
          ${column((r) => r.stored.birthDateStored)}::date[], ${column((r) => r.stored.birthDatePrecision)}::text[],
          ${column((r) => r.stored.cin)}::text[], ${column((r) => r.stored.amoScheme)}::text[],
          ${column((r) => r.stored.amoNumber)}::text[], ${column((r) => r.stored.phones.join(','))}::text[],
          ${column((r) => r.stored.communeCode)}::text[], ${column((r) => r.stored.address)}::text[],
          ${column((r) => r.stored.referenceEstablishmentId)}::uuid[], ${column((r) => r.stored.vitalStatus)}::text[],
          ${column((r) => r.stored.deathDate)}::date[])
          as t(id, version, gnl, fnl, gna, fna, father, sex, birth, precision, cin, scheme, amo, phones, commune,
            address, reference, vital, death)
        where p.gst_id = ${gstId} and p.id = t.id`,
    );
  });
}

/** Marks records as merged into their survivors (rows, registrations and encounters stay; the version moves on). */
export async function markPatientsMerged(
  tx: Tx,
  gstId: string,
  entries: readonly { id: string; survivorId: string }[],
): Promise<void> {
  await inChunks(entries, async (chunk) => {
    await tx.execute(
      sql`update patients p set status = 'merged', merged_into_id = t.survivor_id, version = p.version + 1,
          updated_at = now()
        from unnest(${sql.param(chunk.map((entry) => entry.id))}::uuid[],
          ${sql.param(chunk.map((entry) => entry.survivorId))}::uuid[]) as t(id, survivor_id)
        where p.gst_id = ${gstId} and p.id = t.id and p.status = 'active'`,
    );
  });
}

/** Records version entries of patients in bulk (see insertPatientVersion). */
export async function insertPatientVersions(
  tx: Tx,
  gstId: string,
  entries: readonly {
    id: string;
    version: number;
    state: PatientDemographics;
    action: string;
    changes: readonly FieldChange[];
  }[],
  actorUserId: string | null,
): Promise<void> {
  await inChunks(entries, async (chunk) => {
    const column = <T>(pick: (entry: (typeof chunk)[number]) => T) => sql.param(chunk.map(pick));
    await tx.execute(
      sql`insert into patient_versions (gst_id, patient_id, version, action, state, changes, changed_by)
        select ${gstId}::uuid, id, version, action, state, changes, ${actorUserId}::uuid
        from unnest(${column((e) => e.id)}::uuid[], ${column((e) => e.version)}::int[],
          ${column((e) => e.action)}::text[], ${column((e) => JSON.stringify(e.state))}::jsonb[],
          ${column((e) => JSON.stringify(e.changes))}::jsonb[]) as t(id, version, action, state, changes)`,
    );
  });
}

/** Records merges in bulk (see insertPatientMerge). */
export async function insertPatientMerges(
  tx: Tx,
  gstId: string,
  merges: readonly {
    id: string;
    survivorId: string;
    mergedId: string;
    survivorChanges: readonly FieldChange[];
    automatic: boolean;
    runId: string | null;
    probability: number | null;
  }[],
  actorUserId: string | null,
): Promise<void> {
  await inChunks(merges, async (chunk) => {
    const column = <T>(pick: (merge: (typeof chunk)[number]) => T) => sql.param(chunk.map(pick));
    await tx.execute(
      sql`insert into patient_merges (gst_id, id, survivor_id, merged_id, survivor_changes, automatic, run_id,
          probability, merged_by)
        select ${gstId}::uuid, id, survivor_id, merged_id, changes, automatic, run_id, probability, ${actorUserId}::uuid
        from unnest(${column((m) => m.id)}::uuid[], ${column((m) => m.survivorId)}::uuid[],
          ${column((m) => m.mergedId)}::uuid[], ${column((m) => JSON.stringify(m.survivorChanges))}::jsonb[],
          ${column((m) => m.automatic)}::bool[], ${column((m) => m.runId)}::uuid[],
          ${column((m) => m.probability)}::float8[])
          as t(id, survivor_id, merged_id, changes, automatic, run_id, probability)`,
    );
  });
}

/** Records that pairs were merged, in bulk (see recordDuplicatePairMerged). */
export async function recordDuplicatePairsMerged(
  tx: Tx,
  gstId: string,
  pairs: readonly (OrderedPair & {
    automatic: boolean;
    probability: number;
    reasons: readonly MatchReason[];
    source: DuplicatePairSource;
    runId: string | null;
  })[],
  actorUserId: string | null,
): Promise<void> {
  await inChunks(pairs, async (chunk) => {
    const column = <T>(pick: (pair: (typeof chunk)[number]) => T) => sql.param(chunk.map(pick));
    await tx.execute(
      sql`insert into match_candidates (gst_id, patient_a_id, patient_b_id, probability, reasons, status, source,
          run_id, decided_by, decided_at)
        select ${gstId}::uuid, a, b, probability, reasons, status, source, run_id, ${actorUserId}::uuid, now()
        from unnest(${column((p) => p.patientAId)}::uuid[], ${column((p) => p.patientBId)}::uuid[],
          ${column((p) => p.probability)}::float8[], ${column((p) => JSON.stringify(p.reasons))}::jsonb[],
          ${column((p) => (p.automatic ? 'auto_merged' : 'merged'))}::text[], ${column((p) => p.source)}::text[],
          ${column((p) => p.runId)}::uuid[]) as t(a, b, probability, reasons, status, source, run_id)
        on conflict (gst_id, patient_a_id, patient_b_id) do update set status = excluded.status,
          run_id = coalesce(excluded.run_id, match_candidates.run_id), decided_by = excluded.decided_by,
          decided_at = excluded.decided_at, version = match_candidates.version + 1`,
    );
  });
}

/**
 * Supersedes the pending pairs that involve records just merged, except the merged pairs themselves (see
 * supersedePendingPairsOf); a pair between two merged records changes once.
 */
export async function supersedePendingPairsOfMany(
  tx: Tx,
  gstId: string,
  mergedIds: readonly string[],
  except: readonly OrderedPair[],
): Promise<void> {
  const ids = sql.param([...mergedIds]);
  await tx.execute(
    sql`update match_candidates m set status = 'superseded', version = m.version + 1
      where m.gst_id = ${gstId} and m.status = 'pending'
        and (m.patient_a_id = any(${ids}::uuid[]) or m.patient_b_id = any(${ids}::uuid[]))
        and not exists (select 1 from unnest(${sql.param(except.map((pair) => pair.patientAId))}::uuid[],
            ${sql.param(except.map((pair) => pair.patientBId))}::uuid[]) as e(a, b)
          where e.a = m.patient_a_id and e.b = m.patient_b_id)`,
  );
}

/** Replaces the blocking keys of golden records and drops those of `formerIds` (see replaceMatchKeys). */
export async function replaceMatchKeysOfMany(
  tx: Tx,
  gstId: string,
  keys: readonly { patientId: string; key: string }[],
  goldenIds: readonly string[],
  formerIds: readonly string[],
): Promise<void> {
  await tx.execute(
    sql`delete from patient_match_keys where gst_id = ${gstId}
      and patient_id = any(${sql.param([...goldenIds, ...formerIds])}::uuid[])`,
  );
  await insertMatchKeys(tx, gstId, keys);
}
