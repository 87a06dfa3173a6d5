import { sql, type SQL } from 'drizzle-orm';
import type { Attachment, EstablishmentType, ReferralEvent, ReferralRecord, ReferralStatus } from '@tansiq/domain';
import { toAttachment } from '../attachments/attachment-queries';
import type { Executor } from '../client';
import { asText, asTextOrNull, jsonColumn, queryRows, toIso } from '../lib/rows';
import { toReferralRecord } from './referral-rows';
import {
  serviceOptionsSelect,
  toReferralServiceOptions,
  type ReferralServiceOptions,
} from './referral-service-queries';

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

/** The select of worklist rows over `source` (the referrals table, or the rows a CTE just updated). */
export const listingSelectFrom = (
  source: SQL,
): SQL => sql`select r.*, p.regional_id, p.given_name_latin, p.family_name_latin, p.given_name_arabic,
    p.family_name_arabic, u.display_name as sender_display_name,
    o.code as o_code, o.name_fr as o_name_fr, o.name_ar as o_name_ar, o.type as o_type,
    d.code as d_code, d.name_fr as d_name_fr, d.name_ar as d_name_ar, d.type as d_type,
    b.code as b_code, b.name_fr as b_name_fr, b.name_ar as b_name_ar, b.type as b_type,
    a.id as a_id, a.starts_at as a_starts_at, a.ends_at as a_ends_at, a.mode as a_mode, a.status as a_status,
    a.video_url as a_video_url
  from ${source} r
  join patients p on p.gst_id = r.gst_id and p.id = r.patient_id
  left join users u on u.id = r.sender_user_id
  join establishments o on o.gst_id = r.gst_id and o.id = r.origin_establishment_id
  join establishments d on d.gst_id = r.gst_id and d.id = r.destination_establishment_id
  join establishments b on b.gst_id = r.gst_id and b.id = r.return_establishment_id
  left join appointments a on a.gst_id = r.gst_id and a.id = r.appointment_id`;

export const listingSelect = listingSelectFrom(sql`referrals`);

const place = (row: Record<string, unknown>, prefix: 'o' | 'd' | 'b', id: string): ReferralPlace => ({
  id,
  code: asText(row[`${prefix}_code`]),
  nameFr: asText(row[`${prefix}_name_fr`]),
  nameAr: asTextOrNull(row[`${prefix}_name_ar`]),
  type: asText(row[`${prefix}_type`]) as EstablishmentType,
});

export function toListing(row: Record<string, unknown>): ReferralListing {
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

const toReferralEvent = (row: Record<string, unknown>): ReferralEvent => ({
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
  occurredAt: toIso(row.occurred_at as Date | string),
});

/** A referral read whole for the API: its listing, history, files and what its destination's service says. */
export interface ReferralDetail {
  listing: ReferralListing;
  events: ReferralEvent[];
  attachments: Attachment[];
  service: ReferralServiceOptions;
}

const jsonRows = (value: unknown): Record<string, unknown>[] => jsonColumn(value, []);

/**
 * The select of one referral with its history (oldest first, with the actors' names), its files (without content) and
 * its destination service's options. `more.events` adds events not visible to the statement yet (those inserted by a
 * CTE of the same statement), `more.columns` adds columns to the row, `more.source` reads the referral from a CTE that
 * has just updated it rather than from the table.
 */
export const referralDetailSelect = (
  gstId: string,
  id: string,
  more: { events?: SQL; columns?: SQL; source?: SQL } = {},
): SQL => sql`select x.*,
    (select coalesce(json_agg(e order by e.sequence), '[]'::json) from (
      select ev.sequence, ev.action, ev.from_status, ev.to_status, ev.actor_user_id, eu.display_name,
        ev.establishment_id, ev.details, ev.occurred_at
      from referral_events ev left join users eu on eu.id = ev.actor_user_id
      where ev.gst_id = x.gst_id and ev.referral_id = x.id
      ${more.events ? sql`union all ${more.events}` : sql``}) e) as events_json,
    (select coalesce(json_agg(f order by f.uploaded_at, f.id), '[]'::json) from (
      select id, file_name, media_type, size_bytes, uploaded_at from attachments
      where gst_id = x.gst_id and owner_kind = 'referral' and owner_id = x.id) f) as files_json,
    service.* ${more.columns ? sql`, ${more.columns}` : sql``}
  from (${more.source ? listingSelectFrom(more.source) : listingSelect} where r.gst_id = ${gstId} and r.id = ${id}) x,
  lateral (${serviceOptionsSelect(sql`x.gst_id`, sql`x.destination_establishment_id`, sql`x.specialty_code`)}) service`;

/** Maps a row of `referralDetailSelect`. */
export const toReferralDetail = (row: Record<string, unknown>): ReferralDetail => ({
  listing: toListing(row),
  events: jsonRows(row.events_json).map(toReferralEvent),
  attachments: jsonRows(row.files_json).map(toAttachment),
  service: toReferralServiceOptions(row),
});

/** One referral read whole in one round trip (see `referralDetailSelect`): it is read back after every step. */
export async function findReferralDetail(
  executor: Executor,
  gstId: string,
  id: string,
): Promise<ReferralDetail | undefined> {
  const [row] = await queryRows(executor, referralDetailSelect(gstId, id));
  return row ? toReferralDetail(row) : undefined;
}
