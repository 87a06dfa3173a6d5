import { sql, type SQL } from 'drizzle-orm';
import type {
  EstablishmentType,
  ReferralEvent,
  ReferralRecord,
  ReferralStatus,
  ReferralWorklist,
  ReferralUrgency,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';
import { toReferralRecord } from './referral-rows';

/** A referral by id alone (links carry the id; the GST is read from the row, then access is checked). */
export async function findReferralRecord(executor: Executor, id: string): Promise<ReferralRecord | undefined> {
  const [row] = await queryRows(executor, sql`select * from referrals where id = ${id} limit 1`);
  return row ? toReferralRecord(row) : undefined;
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

/** A referral's history, oldest first, with the actors' display names. */
export async function listReferralEvents(
  executor: Executor,
  gstId: string,
  referralId: string,
): Promise<ReferralEvent[]> {
  const rows = await queryRows(
    executor,
    sql`select ev.sequence, ev.action, ev.from_status, ev.to_status, ev.actor_user_id, u.display_name,
        ev.establishment_id, ev.details, ev.occurred_at
      from referral_events ev
      left join users u on u.id = ev.actor_user_id
      where ev.gst_id = ${gstId} and ev.referral_id = ${referralId}
      order by ev.sequence`,
  );
  return rows.map((row) => ({
    sequence: Number(row.sequence),
    action: asText(row.action),
    fromStatus: asTextOrNull(row.from_status) as ReferralStatus | null,
    toStatus: asText(row.to_status) as ReferralStatus,
    actor:
      row.actor_user_id == null
        ? null
        : { userId: asText(row.actor_user_id), displayName: asTextOrNull(row.display_name) ?? '' },
    establishmentId: asTextOrNull(row.establishment_id),
    details: (row.details ?? {}) as Record<string, unknown>,
    occurredAt: toIso(row.occurred_at as Date),
  }));
}

/** What a worklist row shows besides the record: places, patient, sender and appointment. */
export interface ReferralListing {
  record: ReferralRecord;
  patient: {
    regionalId: string;
    givenNameLatin: string | null;
    familyNameLatin: string | null;
    givenNameArabic: string | null;
    familyNameArabic: string | null;
  };
  origin: ReferralPlace;
  destination: ReferralPlace;
  returnPlace: ReferralPlace;
  senderDisplayName: string;
  appointment: {
    id: string;
    startsAt: string;
    endsAt: string;
    mode: 'in_person' | 'teleconsultation';
    status: 'booked' | 'attended' | 'no_show' | 'cancelled';
    videoUrl: string | null;
  } | null;
}

export interface ReferralPlace {
  id: string;
  code: string;
  nameFr: string;
  nameAr: string | null;
  type: EstablishmentType;
}

const listingSelect = sql`select r.*, p.regional_id, p.given_name_latin, p.family_name_latin, p.given_name_arabic,
    p.family_name_arabic, u.display_name as sender_display_name,
    o.code as o_code, o.name_fr as o_name_fr, o.name_ar as o_name_ar, o.type as o_type,
    d.code as d_code, d.name_fr as d_name_fr, d.name_ar as d_name_ar, d.type as d_type,
    b.code as b_code, b.name_fr as b_name_fr, b.name_ar as b_name_ar, b.type as b_type,
    a.id as a_id, a.starts_at as a_starts_at, a.ends_at as a_ends_at, a.mode as a_mode, a.status as a_status,
    a.video_url as a_video_url
  from referrals r
  join patients p on p.gst_id = r.gst_id and p.id = r.patient_id
  left join users u on u.id = r.sender_user_id
  join establishments o on o.gst_id = r.gst_id and o.id = r.origin_establishment_id
  join establishments d on d.gst_id = r.gst_id and d.id = r.destination_establishment_id
  join establishments b on b.gst_id = r.gst_id and b.id = r.return_establishment_id
  left join appointments a on a.gst_id = r.gst_id and a.id = r.appointment_id`;

const place = (row: Record<string, unknown>, prefix: 'o' | 'd' | 'b', id: string): ReferralPlace => ({
  id,
  code: asText(row[`${prefix}_code`]),
  nameFr: asText(row[`${prefix}_name_fr`]),
  nameAr: asTextOrNull(row[`${prefix}_name_ar`]),
  type: asText(row[`${prefix}_type`]) as EstablishmentType,
});

function toListing(row: Record<string, unknown>): ReferralListing {
  const record = toReferralRecord(row);
  return {
    record,
    patient: {
      regionalId: asText(row.regional_id),
      givenNameLatin: asTextOrNull(row.given_name_latin),
      familyNameLatin: asTextOrNull(row.family_name_latin),
      givenNameArabic: asTextOrNull(row.given_name_arabic),
      familyNameArabic: asTextOrNull(row.family_name_arabic),
    },
    origin: place(row, 'o', record.originEstablishmentId),
    destination: place(row, 'd', record.destinationEstablishmentId),
    returnPlace: place(row, 'b', record.returnEstablishmentId),
    senderDisplayName: asTextOrNull(row.sender_display_name) ?? '—',
    appointment:
      row.a_id == null
        ? null
        : {
            id: asText(row.a_id),
            startsAt: toIso(row.a_starts_at as Date),
            endsAt: toIso(row.a_ends_at as Date),
            mode: asText(row.a_mode) as 'in_person' | 'teleconsultation',
            status: asText(row.a_status) as 'booked' | 'attended' | 'no_show' | 'cancelled',
            videoUrl: asTextOrNull(row.a_video_url),
          },
  };
}

/** One referral with its places, patient, sender and appointment. */
export async function findReferralListing(
  executor: Executor,
  gstId: string,
  id: string,
): Promise<ReferralListing | undefined> {
  const [row] = await queryRows(executor, sql`${listingSelect} where r.gst_id = ${gstId} and r.id = ${id}`);
  return row ? toListing(row) : undefined;
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
