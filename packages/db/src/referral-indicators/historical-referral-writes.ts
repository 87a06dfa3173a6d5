import { sql } from 'drizzle-orm';
import type { ReferralStatus } from '@tansiq/domain';
import type { Executor } from '../client';

/** A referral already through (part of) its loop, with the moments of its steps: for tests and benchmarks. */
export interface HistoricalReferral {
  id: string;
  number: string;
  patientId: string;
  senderUserId: string;
  specialtyCode: string;
  status: ReferralStatus;
  originEstablishmentId: string;
  destinationEstablishmentId: string;
  pathwayRank: number | null;
  sentAt: Date;
  acceptedAt: Date | null;
  declinedAt: Date | null;
  firstBookedAt: Date | null;
  attendedAt: Date | null;
  counterReferredAt: Date | null;
  closedAt: Date | null;
  redirected: boolean;
  noShow: boolean;
}

/** A tele-expertise request asked (and maybe answered) in the past. */
export interface HistoricalTeleexpertise {
  id: string;
  number: string;
  patientId: string;
  requesterUserId: string;
  specialtyCode: string;
  originEstablishmentId: string;
  destinationEstablishmentId: string;
  createdAt: Date;
  answeredAt: Date | null;
  answerKind: 'advice' | 'referral' | 'teleconsultation' | null;
}

const iso = (value: Date | null) => value?.toISOString() ?? null;
const column = <T>(rows: readonly T[], pick: (row: T) => unknown) => JSON.stringify(rows.map(pick));

/**
 * Writes past referrals in one statement (`unnest` of JSON arrays, STYLE §7), with a `redirect` / `no_show` event
 * where they took that step. Without audit or notifications: this is history for indicators, not a use case.
 */
export async function insertHistoricalReferrals(
  executor: Executor,
  gstId: string,
  rows: readonly HistoricalReferral[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const text = (pick: (row: HistoricalReferral) => unknown) =>
    sql`array(select jsonb_array_elements_text(${column(rows, pick)}::jsonb))`;
  await executor.execute(sql`insert into referrals (gst_id, id, number, patient_id, sender_user_id, specialty_code,
      urgency, status, reason, clinical_summary, origin_establishment_id, destination_establishment_id,
      return_establishment_id, pathway_rank, off_pathway_justification, sent_at, accepted_at, declined_at,
      first_booked_at, attended_at, counter_referred_at, closed_at, created_at, updated_at)
    select ${gstId}, v.id::uuid, v.number, v.patient_id::uuid, v.sender_id::uuid, v.specialty_code, 'routine', v.status,
      'Historique', 'Historique', v.origin_id::uuid, v.destination_id::uuid, v.origin_id::uuid, v.rank::int,
      case when v.rank is null then 'Hors filière' end, v.sent_at::timestamptz, v.accepted_at::timestamptz,
      v.declined_at::timestamptz, v.booked_at::timestamptz, v.attended_at::timestamptz,
      v.counter_referred_at::timestamptz, v.closed_at::timestamptz, v.sent_at::timestamptz, v.sent_at::timestamptz
    from unnest(${text((row) => row.id)}, ${text((row) => row.number)}, ${text((row) => row.patientId)},
      ${text((row) => row.senderUserId)}, ${text((row) => row.specialtyCode)}, ${text((row) => row.status)},
      ${text((row) => row.originEstablishmentId)}, ${text((row) => row.destinationEstablishmentId)},
      ${text((row) => row.pathwayRank)}, ${text((row) => iso(row.sentAt))}, ${text((row) => iso(row.acceptedAt))},
      ${text((row) => iso(row.declinedAt))}, ${text((row) => iso(row.firstBookedAt))},
      ${text((row) => iso(row.attendedAt))}, ${text((row) => iso(row.counterReferredAt))},
      ${text((row) => iso(row.closedAt))})
      as v(id, number, patient_id, sender_id, specialty_code, status, origin_id, destination_id, rank, sent_at,
        accepted_at, declined_at, booked_at, attended_at, counter_referred_at, closed_at)`);
  const events = rows.flatMap((row) => [
    ...(row.redirected ? [{ id: row.id, action: 'redirect', to: 'sent', at: row.sentAt }] : []),
    ...(row.noShow ? [{ id: row.id, action: 'no_show', to: 'no_show', at: row.firstBookedAt ?? row.sentAt }] : []),
  ]);
  if (events.length > 0) {
    await executor.execute(sql`insert into referral_events (gst_id, referral_id, sequence, action, to_status, occurred_at)
      select ${gstId}, v.id::uuid, 100 + v.ordinality, v.action, v.to_status, v.at::timestamptz
      from unnest(array(select jsonb_array_elements_text(${column(events, (event) => event.id)}::jsonb)),
        array(select jsonb_array_elements_text(${column(events, (event) => event.action)}::jsonb)),
        array(select jsonb_array_elements_text(${column(events, (event) => event.to)}::jsonb)),
        array(select jsonb_array_elements_text(${column(events, (event) => iso(event.at))}::jsonb)))
        with ordinality as v(id, action, to_status, at, ordinality)`);
  }
}

/** Writes past tele-expertise requests in one statement. */
export async function insertHistoricalTeleexpertise(
  executor: Executor,
  gstId: string,
  rows: readonly HistoricalTeleexpertise[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const text = (pick: (row: HistoricalTeleexpertise) => unknown) =>
    sql`array(select jsonb_array_elements_text(${column(rows, pick)}::jsonb))`;
  await executor.execute(sql`insert into teleexpertise_requests (gst_id, id, number, patient_id, specialty_code,
      requester_user_id, origin_establishment_id, destination_establishment_id, question, status, due_at, answer_kind,
      answer, answered_by, answered_at, created_at)
    select ${gstId}, v.id::uuid, v.number, v.patient_id::uuid, v.specialty_code, v.requester_id::uuid,
      v.origin_id::uuid, v.destination_id::uuid, 'Historique',
      case when v.answered_at is null then 'open' else 'answered' end, v.created_at::timestamptz + interval '2 days',
      v.answer_kind, case when v.answered_at is not null then 'Avis' end,
      case when v.answered_at is not null then v.requester_id::uuid end, v.answered_at::timestamptz,
      v.created_at::timestamptz
    from unnest(${text((row) => row.id)}, ${text((row) => row.number)}, ${text((row) => row.patientId)},
      ${text((row) => row.specialtyCode)}, ${text((row) => row.requesterUserId)},
      ${text((row) => row.originEstablishmentId)}, ${text((row) => row.destinationEstablishmentId)},
      ${text((row) => iso(row.createdAt))}, ${text((row) => iso(row.answeredAt))}, ${text((row) => row.answerKind)})
      as v(id, number, patient_id, specialty_code, requester_id, origin_id, destination_id, created_at, answered_at,
        answer_kind)`);
}
