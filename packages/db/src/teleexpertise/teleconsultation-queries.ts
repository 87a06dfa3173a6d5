import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';

/** An appointment as the teleconsultation steps read it. */
export interface AppointmentRecord {
  gstId: string;
  id: string;
  referralId: string | null;
  teleexpertiseId: string | null;
  patientId: string;
  establishmentId: string;
  specialtyCode: string;
  startsAt: string;
  endsAt: string;
  mode: 'in_person' | 'teleconsultation';
  status: 'booked' | 'attended' | 'no_show' | 'cancelled';
  videoUrl: string | null;
}

const toAppointment = (row: Record<string, unknown>): AppointmentRecord => ({
  gstId: asText(row.gst_id),
  id: asText(row.id),
  referralId: asTextOrNull(row.referral_id),
  teleexpertiseId: asTextOrNull(row.teleexpertise_id),
  patientId: asText(row.patient_id),
  establishmentId: asText(row.establishment_id),
  specialtyCode: asText(row.specialty_code),
  startsAt: toIso(row.starts_at as Date),
  endsAt: toIso(row.ends_at as Date),
  mode: asText(row.mode) as AppointmentRecord['mode'],
  status: asText(row.status) as AppointmentRecord['status'],
  videoUrl: asTextOrNull(row.video_url),
});

/** An appointment by id alone (the GST is read from the row, then access is checked). */
export async function findAppointmentRecord(executor: Executor, id: string): Promise<AppointmentRecord | undefined> {
  const [row] = await queryRows(executor, sql`select * from appointments where id = ${id} limit 1`);
  return row ? toAppointment(row) : undefined;
}

/** The live (not cancelled) appointment of a tele-expertise request, if one was booked. */
export async function findTeleexpertiseAppointment(
  executor: Executor,
  gstId: string,
  teleexpertiseId: string,
): Promise<AppointmentRecord | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select * from appointments where gst_id = ${gstId} and teleexpertise_id = ${teleexpertiseId}
      and status <> 'cancelled' order by booked_at desc limit 1`,
  );
  return row ? toAppointment(row) : undefined;
}

/** The report of a teleconsultation, with its author's name. */
export async function findTeleconsultationReport(
  executor: Executor,
  gstId: string,
  appointmentId: string,
): Promise<
  | {
      findings: string;
      diagnosis: string | null;
      icd10Code: string | null;
      recommendations: string;
      author: { userId: string; displayName: string };
      reportedAt: string;
    }
  | undefined
> {
  const [row] = await queryRows(
    executor,
    sql`select r.*, u.display_name from teleconsultation_reports r left join users u on u.id = r.author_user_id
      where r.gst_id = ${gstId} and r.appointment_id = ${appointmentId}`,
  );
  return row
    ? {
        findings: asText(row.findings),
        diagnosis: asTextOrNull(row.diagnosis),
        icd10Code: asTextOrNull(row.icd10_code),
        recommendations: asText(row.recommendations),
        author: { userId: asText(row.author_user_id), displayName: asTextOrNull(row.display_name) ?? '—' },
        reportedAt: toIso(row.reported_at as Date),
      }
    : undefined;
}
