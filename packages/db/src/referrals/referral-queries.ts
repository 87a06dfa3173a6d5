import { sql, type SQL } from 'drizzle-orm';
import type { ReferralRecord, ReferralWorklist, ReferralUrgency } from '@tansiq/domain';
import type { Executor } from '../client';
import { queryRows } from '../lib/rows';
import { listingSelect, toListing, type ReferralListing } from './referral-listing-queries';
import { toReferralRecord } from './referral-rows';
import {
  serviceOptionsSelect,
  toReferralServiceOptions,
  type ReferralServiceOptions,
} from './referral-service-queries';
import {
  gstReferralSettingsSelect,
  toGstReferralSettings,
  type GstReferralSettings,
} from './referral-settings-queries';

/** A referral by id alone (links carry the id; the GST is read from the row, then access is checked). */
export async function findReferralRecord(executor: Executor, id: string): Promise<ReferralRecord | undefined> {
  const [row] = await queryRows(executor, sql`select * from referrals where id = ${id} limit 1`);
  return row ? toReferralRecord(row) : undefined;
}

/**
 * A referral by id alone with its destination service's options (direct booking, head) and its GST's referral
 * settings (timers, calendar), for an access decision and a step of the loop in one round trip.
 */
export async function findReferralRecordWithService(
  executor: Executor,
  id: string,
): Promise<{ record: ReferralRecord; service: ReferralServiceOptions; settings: GstReferralSettings } | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select r.*, service.*, settings.* from referrals r,
      lateral (${serviceOptionsSelect(sql`r.gst_id`, sql`r.destination_establishment_id`, sql`r.specialty_code`)}) service,
      lateral (${gstReferralSettingsSelect(sql`r.gst_id`)}) settings
      where r.id = ${id} limit 1`,
  );
  return row
    ? { record: toReferralRecord(row), service: toReferralServiceOptions(row), settings: toGstReferralSettings(row) }
    : undefined;
}

/** The same, locked for update inside a transition's transaction. */
export async function findReferralRecordForUpdate(
  executor: Executor,
  gstId: string,
  id: string,
): Promise<ReferralRecord | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select * from referrals where gst_id = ${gstId} and id = ${id} for update`,
  );
  return row ? toReferralRecord(row) : undefined;
}

const overdueCondition = sql`((r.status = 'sent' and r.accept_due_at < now())
  or (r.status in ('accepted', 'waitlisted') and r.appointment_due_at < now())
  or (r.status = 'attended' and r.counter_referral_due_at < now()))`;

function worklistCondition(worklist: ReferralWorklist, establishmentId: string, userId: string): SQL {
  const atDestination = sql`r.destination_establishment_id = ${establishmentId}`;
  const atOrigin = sql`r.origin_establishment_id = ${establishmentId}`;
  switch (worklist) {
    case 'sent_by_me':
      return sql`${atOrigin} and r.sender_user_id = ${userId} and r.status not in ('closed', 'cancelled', 'declined')`;
    case 'sent_from_here':
      return sql`${atOrigin} and r.status not in ('draft', 'closed', 'cancelled', 'declined')`;
    case 'to_close':
      return sql`${atOrigin} and r.status in ('counter_referred', 'declined', 'no_show') and r.closed_at is null
        and not (r.status = 'declined' and r.declined_at < now() - interval '30 days')`;
    case 'to_triage':
      return sql`${atDestination} and r.status = 'sent'`;
    case 'to_book':
      return sql`${atDestination} and r.status in ('accepted', 'waitlisted', 'no_show') and r.urgency <> 'emergency'`;
    case 'upcoming':
      return sql`${atDestination} and (r.status = 'booked' or (r.status = 'accepted' and r.urgency = 'emergency'))`;
    case 'to_counter_refer':
      return sql`${atDestination} and r.status = 'attended'`;
    case 'overdue':
      return sql`(${atDestination} or ${atOrigin}) and ${overdueCondition}`;
    case 'closed':
      return sql`(${atDestination} or ${atOrigin}) and r.status in ('closed', 'cancelled', 'declined')`;
  }
}

const worklistOrder: Record<ReferralWorklist, SQL> = {
  sent_by_me: sql`r.updated_at desc`,
  sent_from_here: sql`r.updated_at desc`,
  to_close: sql`r.updated_at desc`,
  to_triage: sql`case r.urgency when 'emergency' then 0 when 'urgent' then 1 else 2 end, r.sent_at`,
  to_book: sql`case r.urgency when 'urgent' then 0 else 1 end, r.accepted_at`,
  upcoming: sql`a.starts_at nulls first`,
  to_counter_refer: sql`r.attended_at`,
  overdue: sql`r.updated_at`,
  closed: sql`r.updated_at desc`,
};

/** One page of a worklist of an establishment, with the filters of the worklist page. */
export async function listReferralListings(
  executor: Executor,
  gstId: string,
  filter: {
    worklist: ReferralWorklist;
    establishmentId: string;
    userId: string;
    specialtyCode?: string | undefined;
    urgency?: ReferralUrgency | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: ReferralListing[]; total: number }> {
  const conditions = [
    sql`r.gst_id = ${gstId}`,
    worklistCondition(filter.worklist, filter.establishmentId, filter.userId),
    ...(filter.specialtyCode ? [sql`r.specialty_code = ${filter.specialtyCode}`] : []),
    ...(filter.urgency ? [sql`r.urgency = ${filter.urgency}`] : []),
  ];
  const where = sql.join(conditions, sql` and `);
  const [count] = await queryRows(
    executor,
    sql`select count(*)::int as total from referrals r left join appointments a on a.gst_id = r.gst_id
      and a.id = r.appointment_id where ${where}`,
  );
  const rows = await queryRows(
    executor,
    sql`${listingSelect} where ${where} order by ${worklistOrder[filter.worklist]}, r.id
      limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  return { items: rows.map(toListing), total: Number(count?.total ?? 0) };
}

/** The referrals of a patient's records (golden and merged), newest first: the patient page's pathway panel. */
export async function listPatientReferralListings(
  executor: Executor,
  gstId: string,
  patientIds: readonly string[],
): Promise<ReferralListing[]> {
  const rows = await queryRows(
    executor,
    sql`${listingSelect} where r.gst_id = ${gstId} and r.patient_id = any(${sql.param([...patientIds])}::uuid[])
      and r.status <> 'draft' order by r.created_at desc limit 200`,
  );
  return rows.map(toListing);
}
