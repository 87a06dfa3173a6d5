import { sql } from 'drizzle-orm';
import type { EstablishmentType } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';

/** Books a slot for a referral (or a teleconsultation); a slot already held fails on the unique index (409). */
export async function insertAppointment(
  tx: Tx,
  gstId: string,
  appointment: {
    id: string;
    referralId: string | null;
    teleexpertiseId: string | null;
    patientId: string;
    establishmentId: string;
    specialtyCode: string;
    scheduleId: string;
    sessionDate: string;
    slotIndex: number;
    startsAt: string;
    endsAt: string;
    mode: 'in_person' | 'teleconsultation';
    videoUrl: string | null;
  },
  bookedBy: string,
): Promise<void> {
  await tx.execute(
    sql`insert into appointments (gst_id, id, referral_id, teleexpertise_id, patient_id, establishment_id,
        specialty_code, schedule_id, session_date, slot_index, starts_at, ends_at, mode, video_url, status, booked_by)
      values (${gstId}, ${appointment.id}, ${appointment.referralId}, ${appointment.teleexpertiseId},
        ${appointment.patientId}, ${appointment.establishmentId}, ${appointment.specialtyCode}, ${appointment.scheduleId},
        ${appointment.sessionDate}, ${appointment.slotIndex}, ${appointment.startsAt}, ${appointment.endsAt},
        ${appointment.mode}, ${appointment.videoUrl}, 'booked', ${bookedBy})`,
  );
}

/** An establishment that offers a specialty, with what the referral form ranks it by. */
export interface SpecialtyProvider {
  id: string;
  code: string;
  nameFr: string;
  nameAr: string | null;
  type: EstablishmentType;
  level: 'primary' | 'secondary' | 'tertiary';
  lon: number;
  lat: number;
  acceptsReferrals: boolean;
  directBooking: boolean;
  beds: { available: number; updatedAt: string } | null;
}

/** The active establishments of a GST that offer a specialty in the registry, with their directory settings. */
export async function listSpecialtyProviders(
  executor: Executor,
  gstId: string,
  specialtyCode: string,
): Promise<SpecialtyProvider[]> {
  const rows = await queryRows(
    executor,
    sql`select e.id, e.code, e.name_fr, e.name_ar, e.type, e.level, e.lon, e.lat,
        coalesce(d.accepts_referrals, true) as accepts_referrals, coalesce(d.direct_booking, false) as direct_booking,
        b.beds_available, b.updated_at as beds_updated_at
      from establishment_services s
      join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id and e.status = 'active'
      left join service_directory_entries d on d.gst_id = s.gst_id and d.establishment_id = s.establishment_id
        and d.specialty_code = s.specialty_code
      left join bed_availability b on b.gst_id = s.gst_id and b.establishment_id = s.establishment_id
        and b.specialty_code = s.specialty_code
      where s.gst_id = ${gstId} and s.specialty_code = ${specialtyCode}`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    code: asText(row.code),
    nameFr: asText(row.name_fr),
    nameAr: asTextOrNull(row.name_ar),
    type: asText(row.type) as EstablishmentType,
    level: asText(row.level) as SpecialtyProvider['level'],
    lon: Number(row.lon),
    lat: Number(row.lat),
    acceptsReferrals: row.accepts_referrals === true,
    directBooking: row.direct_booking === true,
    beds:
      row.beds_available == null
        ? null
        : { available: Number(row.beds_available), updatedAt: toIso(row.beds_updated_at as Date) },
  }));
}

/**
 * Per destination of a specialty: the median days from sending to the appointment of the referrals sent since `since`
 * (null below 5 referrals), and the referrals accepted or waitlisted and not booked now (the backlog).
 */
export async function listReferralWaits(
  executor: Executor,
  gstId: string,
  specialtyCode: string,
  since: Date,
): Promise<Map<string, { medianWaitDays: number | null; backlog: number }>> {
  const rows = await queryRows(
    executor,
    sql`select r.destination_establishment_id as id,
        case when count(a.starts_at) >= 5 then percentile_cont(0.5) within group (
          order by extract(epoch from (a.starts_at - r.sent_at)) / 86400) end as median_wait,
        count(*) filter (where r.status in ('accepted', 'waitlisted'))::int as backlog
      from referrals r
      left join appointments a on a.gst_id = r.gst_id and a.id = r.appointment_id
      where r.gst_id = ${gstId} and r.specialty_code = ${specialtyCode}
        and (r.sent_at >= ${since.toISOString()} or r.status in ('accepted', 'waitlisted'))
      group by r.destination_establishment_id`,
  );
  return new Map(
    rows.map((row) => [
      asText(row.id),
      {
        medianWaitDays: row.median_wait == null ? null : Math.round(Number(row.median_wait) * 10) / 10,
        backlog: Number(row.backlog),
      },
    ]),
  );
}
