import { sql } from 'drizzle-orm';
import type { CreateEncounterInput, Encounter, EstablishmentType } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows, toIso, toIsoOrNull } from '../lib/rows';

/** Records an encounter on a patient record (the golden record: its timeline is where it is read). */
export async function insertEncounter(
  tx: Tx,
  gstId: string,
  encounter: { id: string; patientId: string; referralId?: string | null } & CreateEncounterInput,
  recordedBy: string | null,
): Promise<void> {
  await tx.execute(
    sql`insert into encounters (gst_id, id, patient_id, establishment_id, specialty_code, kind, started_at, ended_at,
        practitioner_name, reason, icd10_code, outcome, referral_id, recorded_by)
      values (${gstId}, ${encounter.id}, ${encounter.patientId}, ${encounter.establishmentId},
        ${encounter.specialtyCode}, ${encounter.kind}, ${encounter.startedAt}, ${encounter.endedAt},
        ${encounter.practitionerName}, ${encounter.reason}, ${encounter.icd10Code}, ${encounter.outcome},
        ${encounter.referralId ?? null}, ${recordedBy})`,
  );
}

const encounterSelect = sql`select en.id, en.patient_id, en.establishment_id, en.specialty_code, en.kind, en.started_at,
    en.ended_at, en.practitioner_name, en.reason, en.icd10_code, en.outcome, en.created_at,
    e.code, e.name_fr, e.name_ar, e.type, en.referral_id, rf.number as referral_number, rf.status as referral_status
  from encounters en
  join establishments e on e.gst_id = en.gst_id and e.id = en.establishment_id
  left join referrals rf on rf.gst_id = en.gst_id and rf.id = en.referral_id`;

function toEncounter(row: Record<string, unknown>, goldenId: string): Encounter {
  const patientId = asText(row.patient_id);
  return {
    id: asText(row.id),
    patientId,
    fromPatientId: patientId === goldenId ? null : patientId,
    establishment: {
      id: asText(row.establishment_id),
      code: asText(row.code),
      nameFr: asText(row.name_fr),
      nameAr: asTextOrNull(row.name_ar),
      type: asText(row.type) as EstablishmentType,
    },
    specialtyCode: asTextOrNull(row.specialty_code),
    kind: asText(row.kind) as Encounter['kind'],
    startedAt: toIso(row.started_at as Date),
    endedAt: toIsoOrNull(row.ended_at as Date | null),
    practitionerName: asTextOrNull(row.practitioner_name),
    reason: asTextOrNull(row.reason),
    icd10Code: asTextOrNull(row.icd10_code),
    outcome: asTextOrNull(row.outcome) as Encounter['outcome'],
    referral:
      row.referral_id == null
        ? null
        : {
            id: asText(row.referral_id),
            number: asText(row.referral_number),
            status: asText(row.referral_status),
          },
    redacted: false,
    recordedAt: toIso(row.created_at as Date),
  };
}

/** One encounter of a GST, with clinical detail whole (the caller redacts); `goldenId` marks merged records. */
export async function findEncounterById(
  executor: Executor,
  gstId: string,
  id: string,
  goldenId: string,
): Promise<Encounter | undefined> {
  const [row] = await queryRows(executor, sql`${encounterSelect} where en.gst_id = ${gstId} and en.id = ${id}`);
  return row ? toEncounter(row, goldenId) : undefined;
}

/**
 * One page of a patient's timeline: the encounters of the golden record and of every record merged into it, at every
 * establishment of the GST, newest first. Clinical detail is returned whole; the caller redacts it.
 */
export async function listPatientEncounters(
  executor: Executor,
  gstId: string,
  goldenId: string,
  patientIds: readonly string[],
  paging: { page: number; pageSize: number },
): Promise<{ items: Encounter[]; total: number }> {
  const ids = sql.param([...patientIds]);
  const [count] = await queryRows(
    executor,
    sql`select count(*)::int as total from encounters where gst_id = ${gstId} and patient_id = any(${ids}::uuid[])`,
  );
  const rows = await queryRows(
    executor,
    sql`${encounterSelect}
      where en.gst_id = ${gstId} and en.patient_id = any(${ids}::uuid[])
      order by en.started_at desc, en.id desc
      limit ${paging.pageSize} offset ${(paging.page - 1) * paging.pageSize}`,
  );
  return { items: rows.map((row) => toEncounter(row, goldenId)), total: Number(count?.total ?? 0) };
}
