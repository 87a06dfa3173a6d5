import { sql, type SQL } from 'drizzle-orm';
import type { TeleexpertiseRecord, TeleexpertiseWorklist } from '@tansiq/domain';
import type { Executor } from '../client';
import { asTextOrNull, queryRows } from '../lib/rows';
import type { ReferralPlace } from '../referrals/referral-listing-queries';
import { toTeleexpertiseRecord } from './teleexpertise-rows';

/** A request by id alone (links carry the id; the GST is read from the row, then access is checked). */
export async function findTeleexpertiseRecord(
  executor: Executor,
  id: string,
): Promise<TeleexpertiseRecord | undefined> {
  const [row] = await queryRows(executor, sql`select * from teleexpertise_requests where id = ${id} limit 1`);
  return row ? toTeleexpertiseRecord(row) : undefined;
}

/** The same, locked for update inside a write's transaction. */
export async function findTeleexpertiseRecordForUpdate(
  executor: Executor,
  gstId: string,
  id: string,
): Promise<TeleexpertiseRecord | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select * from teleexpertise_requests where gst_id = ${gstId} and id = ${id} for update`,
  );
  return row ? toTeleexpertiseRecord(row) : undefined;
}

/** What a worklist row shows besides the record: patient, places, the asker's and answerer's names. */
export interface TeleexpertiseListing {
  record: TeleexpertiseRecord;
  patient: {
    regionalId: string;
    givenNameLatin: string | null;
    familyNameLatin: string | null;
    givenNameArabic: string | null;
    familyNameArabic: string | null;
  };
  origin: ReferralPlace;
  destination: ReferralPlace;
  requesterDisplayName: string;
  answererDisplayName: string | null;
}

const listingSelect = sql`select t.*, p.regional_id, p.given_name_latin, p.family_name_latin, p.given_name_arabic,
    p.family_name_arabic, u.display_name as requester_display_name, au.display_name as answerer_display_name,
    o.code as o_code, o.name_fr as o_name_fr, o.name_ar as o_name_ar, o.type as o_type,
    d.code as d_code, d.name_fr as d_name_fr, d.name_ar as d_name_ar, d.type as d_type
  from teleexpertise_requests t
  join patients p on p.gst_id = t.gst_id and p.id = t.patient_id
  left join users u on u.id = t.requester_user_id
  left join users au on au.id = t.answered_by
  join establishments o on o.gst_id = t.gst_id and o.id = t.origin_establishment_id
  join establishments d on d.gst_id = t.gst_id and d.id = t.destination_establishment_id`;

const place = (row: Record<string, unknown>, prefix: 'o' | 'd', id: string): ReferralPlace => ({
  id,
  code: String(row[`${prefix}_code`]),
  nameFr: String(row[`${prefix}_name_fr`]),
  nameAr: asTextOrNull(row[`${prefix}_name_ar`]),
  type: String(row[`${prefix}_type`]) as ReferralPlace['type'],
});

function toListing(row: Record<string, unknown>): TeleexpertiseListing {
  const record = toTeleexpertiseRecord(row);
  return {
    record,
    patient: {
      regionalId: String(row.regional_id),
      givenNameLatin: asTextOrNull(row.given_name_latin),
      familyNameLatin: asTextOrNull(row.family_name_latin),
      givenNameArabic: asTextOrNull(row.given_name_arabic),
      familyNameArabic: asTextOrNull(row.family_name_arabic),
    },
    origin: place(row, 'o', record.originEstablishmentId),
    destination: place(row, 'd', record.destinationEstablishmentId),
    requesterDisplayName: asTextOrNull(row.requester_display_name) ?? '—',
    answererDisplayName: asTextOrNull(row.answerer_display_name),
  };
}

/** One request with its patient, places and people. */
export async function findTeleexpertiseListing(
  executor: Executor,
  gstId: string,
  id: string,
): Promise<TeleexpertiseListing | undefined> {
  const [row] = await queryRows(executor, sql`${listingSelect} where t.gst_id = ${gstId} and t.id = ${id}`);
  return row ? toListing(row) : undefined;
}

function worklistCondition(worklist: TeleexpertiseWorklist, establishmentId: string, userId: string): SQL {
  switch (worklist) {
    case 'asked_by_me':
      return sql`t.origin_establishment_id = ${establishmentId} and t.requester_user_id = ${userId}`;
    case 'asked_from_here':
      return sql`t.origin_establishment_id = ${establishmentId}`;
    case 'to_answer':
      return sql`t.destination_establishment_id = ${establishmentId} and t.status = 'open'`;
    case 'answered':
      return sql`t.destination_establishment_id = ${establishmentId} and t.status = 'answered'`;
  }
}

/** The open requests first, by due date, then the rest newest first (the asker's lists); answered newest first. */
const worklistOrder: Record<TeleexpertiseWorklist, SQL> = {
  asked_by_me: sql`(t.status = 'open') desc, t.created_at desc`,
  asked_from_here: sql`(t.status = 'open') desc, t.created_at desc`,
  to_answer: sql`t.due_at`,
  answered: sql`t.answered_at desc`,
};

/** One page of a worklist of an establishment. */
export async function listTeleexpertiseListings(
  executor: Executor,
  gstId: string,
  filter: { worklist: TeleexpertiseWorklist; establishmentId: string; userId: string; page: number; pageSize: number },
): Promise<{ items: TeleexpertiseListing[]; total: number }> {
  const where = sql`t.gst_id = ${gstId} and ${worklistCondition(filter.worklist, filter.establishmentId, filter.userId)}`;
  const [count] = await queryRows(
    executor,
    sql`select count(*)::int as total from teleexpertise_requests t where ${where}`,
  );
  const rows = await queryRows(
    executor,
    sql`${listingSelect} where ${where} order by ${worklistOrder[filter.worklist]}, t.id
      limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  return { items: rows.map(toListing), total: Number(count?.total ?? 0) };
}

/** Open requests past their due date and not yet escalated, oldest first, across every GST (system scope). */
export async function listUnescalatedTeleexpertise(
  executor: Executor,
  now: Date,
  limit: number,
): Promise<TeleexpertiseRecord[]> {
  const rows = await queryRows(
    executor,
    sql`select t.* from teleexpertise_requests t
      where t.status = 'open' and t.due_at < ${now.toISOString()}
        and not exists (select 1 from teleexpertise_escalations e
          where e.gst_id = t.gst_id and e.teleexpertise_id = t.id)
      order by t.due_at limit ${limit}`,
  );
  return rows.map(toTeleexpertiseRecord);
}
