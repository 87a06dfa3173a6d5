// Bulk writes of generated referral activity (the demo year, benchmarks): parameterised SQL with unnest, in chunks,
// inside the caller's transaction (STYLE §7).
import { sql } from 'drizzle-orm';
import type { ReferralRecord } from '@tansiq/domain';
import type { Tx } from '../client';
import { referralColumns } from './referral-rows';
import type { ReferralEventInput } from './referral-writes';

const chunkSize = 2_000;

async function inChunks<T>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<unknown>): Promise<number> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await write(rows.slice(start, start + chunkSize));
  }
  return rows.length;
}

const columnTypes: Record<keyof typeof referralColumns, string> = {
  number: 'text',
  patientId: 'uuid',
  specialtyCode: 'text',
  urgency: 'text',
  status: 'text',
  reason: 'text',
  clinicalSummary: 'text',
  originEstablishmentId: 'uuid',
  senderUserId: 'uuid',
  destinationEstablishmentId: 'uuid',
  returnEstablishmentId: 'uuid',
  pathwayMapId: 'uuid',
  pathwayRank: 'int',
  offPathwayJustification: 'text',
  sourceTeleexpertiseId: 'uuid',
  appointmentId: 'uuid',
  declineReason: 'text',
  declineAdvice: 'text',
  cancelReason: 'text',
  counterReferral: 'text',
  counterReferredBy: 'uuid',
  acceptDueAt: 'timestamptz',
  appointmentDueAt: 'timestamptz',
  counterReferralDueAt: 'timestamptz',
  sentAt: 'timestamptz',
  acceptedAt: 'timestamptz',
  declinedAt: 'timestamptz',
  firstBookedAt: 'timestamptz',
  attendedAt: 'timestamptz',
  counterReferredAt: 'timestamptz',
  closedAt: 'timestamptz',
  cancelledAt: 'timestamptz',
  waitlistedAt: 'timestamptz',
};

/** Inserts referrals (flagged `is_demo` as their records say). */
export async function insertReferralsBulk(tx: Tx, gstId: string, records: readonly ReferralRecord[]): Promise<number> {
  const keys = Object.keys(referralColumns) as (keyof typeof referralColumns)[];
  return inChunks(records, (chunk) => {
    const arrays = keys.map((key) => {
      const values = chunk.map((record) =>
        key === 'counterReferral'
          ? record.counterReferral
            ? JSON.stringify(record.counterReferral)
            : null
          : record[key],
      );
      return sql`${sql.param(values)}::${sql.raw(columnTypes[key])}[]`;
    });
    const names = keys.map((key) => referralColumns[key]);
    const select = names.map((name) => (name === 'counter_referral' ? `${name}::jsonb` : name)).join(', ');
    return tx.execute(
      sql`insert into referrals (gst_id, id, is_demo, version, created_at, updated_at, ${sql.raw(names.join(', '))})
        select ${gstId}::uuid, id, is_demo, version, created_at, updated_at, ${sql.raw(select)}
        from unnest(${sql.param(chunk.map((record) => record.id))}::uuid[],
          ${sql.param(chunk.map((record) => record.isDemo))}::boolean[],
          ${sql.param(chunk.map((record) => record.version))}::int[],
          ${sql.param(chunk.map((record) => record.createdAt))}::timestamptz[],
          ${sql.param(chunk.map((record) => record.updatedAt))}::timestamptz[],
          ${sql.join(arrays, sql`, `)})
          as t(id, is_demo, version, created_at, updated_at, ${sql.raw(names.join(', '))})`,
    );
  });
}

/** One event of a generated referral history: an event as a step writes it, with its referral, rank and date. */
export interface ReferralEventRow extends ReferralEventInput {
  referralId: string;
  sequence: number;
  occurredAt: string;
}

/** Inserts referral events. */
export async function insertReferralEventsBulk(
  tx: Tx,
  gstId: string,
  events: readonly ReferralEventRow[],
): Promise<number> {
  return inChunks(events, (chunk) => {
    const column = <T>(pick: (row: ReferralEventRow) => T) => sql.param(chunk.map(pick));
    return tx.execute(
      sql`insert into referral_events (gst_id, referral_id, sequence, action, from_status, to_status, actor_user_id,
          establishment_id, details, occurred_at)
        select ${gstId}::uuid, referral_id, sequence, action, from_status, to_status, actor_user_id, establishment_id,
          details::jsonb, occurred_at
        from unnest(${column((e) => e.referralId)}::uuid[], ${column((e) => e.sequence)}::int[],
          ${column((e) => e.action)}::text[], ${column((e) => e.fromStatus)}::text[], ${column((e) => e.toStatus)}::text[],
          ${column((e) => e.actorUserId)}::uuid[], ${column((e) => e.establishmentId)}::uuid[],
          ${column((e) => JSON.stringify(e.details))}::text[], ${column((e) => e.occurredAt)}::timestamptz[])
          as t(referral_id, sequence, action, from_status, to_status, actor_user_id, establishment_id, details,
            occurred_at)`,
    );
  });
}

/** A generated appointment of a referral. */
export interface AppointmentRow {
  id: string;
  referralId: string;
  patientId: string;
  establishmentId: string;
  specialtyCode: string;
  scheduleId: string;
  sessionDate: string;
  slotIndex: number;
  startsAt: string;
  endsAt: string;
  status: 'booked' | 'attended' | 'no_show' | 'cancelled';
  bookedAt: string;
}

/** Inserts appointments (in-person). */
export async function insertAppointmentsBulk(tx: Tx, gstId: string, rows: readonly AppointmentRow[]): Promise<number> {
  return inChunks(rows, (chunk) => {
    const column = <T>(pick: (row: AppointmentRow) => T) => sql.param(chunk.map(pick));
    return tx.execute(
      sql`insert into appointments (gst_id, id, referral_id, patient_id, establishment_id, specialty_code, schedule_id,
          session_date, slot_index, starts_at, ends_at, mode, status, booked_at)
        select ${gstId}::uuid, id, referral_id, patient_id, establishment_id, specialty_code, schedule_id, session_date,
          slot_index, starts_at, ends_at, 'in_person', status, booked_at
        from unnest(${column((a) => a.id)}::uuid[], ${column((a) => a.referralId)}::uuid[],
          ${column((a) => a.patientId)}::uuid[], ${column((a) => a.establishmentId)}::uuid[],
          ${column((a) => a.specialtyCode)}::text[], ${column((a) => a.scheduleId)}::uuid[],
          ${column((a) => a.sessionDate)}::date[], ${column((a) => a.slotIndex)}::int[],
          ${column((a) => a.startsAt)}::timestamptz[], ${column((a) => a.endsAt)}::timestamptz[],
          ${column((a) => a.status)}::text[], ${column((a) => a.bookedAt)}::timestamptz[])
          as t(id, referral_id, patient_id, establishment_id, specialty_code, schedule_id, session_date, slot_index,
            starts_at, ends_at, status, booked_at)`,
    );
  });
}

/** Records breaches as already escalated (generated history: they were escalated when they happened). */
export async function insertEscalationsBulk(
  tx: Tx,
  gstId: string,
  rows: readonly { referralId: string; timer: string; dueAt: string }[],
): Promise<number> {
  return inChunks(rows, (chunk) =>
    tx.execute(
      sql`insert into referral_escalations (gst_id, referral_id, timer, due_at, escalated_at)
        select ${gstId}::uuid, referral_id, timer, due_at, due_at
        from unnest(${sql.param(chunk.map((row) => row.referralId))}::uuid[],
          ${sql.param(chunk.map((row) => row.timer))}::text[], ${sql.param(chunk.map((row) => row.dueAt))}::timestamptz[])
          as t(referral_id, timer, due_at)`,
    ),
  );
}

/** Sets a GST's document counter for a kind and year (after a bulk load, so new numbers follow the generated ones). */
export async function setDocumentCounter(
  tx: Tx,
  gstId: string,
  kind: 'referral' | 'teleexpertise',
  year: number,
  value: number,
) {
  await tx.execute(
    sql`insert into document_counters (gst_id, kind, year, value) values (${gstId}, ${kind}, ${year}, ${value})
      on conflict (gst_id, kind, year) do update set value = greatest(document_counters.value, excluded.value)`,
  );
}

/** The destination's consultation of an attended generated referral, on the patient's timeline. */
export interface ReferralEncounterRow {
  id: string;
  referralId: string;
  patientId: string;
  establishmentId: string;
  specialtyCode: string;
  kind: 'consultation' | 'emergency';
  startedAt: string;
  endedAt: string | null;
  practitionerName: string;
  reason: string;
  icd10Code: string | null;
  outcome: 'follow_up' | null;
}

/** Inserts attendance encounters, flagged `is_demo`. */
export async function insertReferralEncountersBulk(
  tx: Tx,
  gstId: string,
  rows: readonly ReferralEncounterRow[],
): Promise<number> {
  return inChunks(rows, (chunk) => {
    const column = <T>(pick: (row: ReferralEncounterRow) => T) => sql.param(chunk.map(pick));
    return tx.execute(
      sql`insert into encounters (gst_id, id, referral_id, patient_id, establishment_id, specialty_code, kind,
          started_at, ended_at, practitioner_name, reason, icd10_code, outcome, is_demo)
        select ${gstId}::uuid, id, referral_id, patient_id, establishment_id, specialty_code, kind, started_at, ended_at,
          practitioner_name, reason, icd10_code, outcome, true
        from unnest(${column((e) => e.id)}::uuid[], ${column((e) => e.referralId)}::uuid[],
          ${column((e) => e.patientId)}::uuid[], ${column((e) => e.establishmentId)}::uuid[],
          ${column((e) => e.specialtyCode)}::text[], ${column((e) => e.kind)}::text[],
          ${column((e) => e.startedAt)}::timestamptz[], ${column((e) => e.endedAt)}::timestamptz[],
          ${column((e) => e.practitionerName)}::text[], ${column((e) => e.reason)}::text[],
          ${column((e) => e.icd10Code)}::text[], ${column((e) => e.outcome)}::text[])
          as t(id, referral_id, patient_id, establishment_id, specialty_code, kind, started_at, ended_at,
            practitioner_name, reason, icd10_code, outcome)`,
    );
  });
}
