import { sql } from 'drizzle-orm';
import type { Tx } from '../client';
import { queryRows } from '../lib/rows';

/**
 * Moves a booked appointment to attended, no-show or cancelled (a no-op when it is not booked any more); returns its
 * mode (in person or teleconsultation) when it moved.
 */
export async function setAppointmentStatus(
  tx: Tx,
  gstId: string,
  appointmentId: string,
  status: 'attended' | 'no_show' | 'cancelled',
  cancelReason: string | null = null,
): Promise<'in_person' | 'teleconsultation' | undefined> {
  const [row] = await queryRows(
    tx,
    sql`update appointments set status = ${status},
        cancelled_at = case when ${status} = 'cancelled' then now() else cancelled_at end,
        cancel_reason = case when ${status} = 'cancelled' then ${cancelReason}::text else cancel_reason end
      where gst_id = ${gstId} and id = ${appointmentId} and status = 'booked'
      returning mode`,
  );
  return row ? (row.mode as 'in_person' | 'teleconsultation') : undefined;
}

/** The mode of an appointment (in person or teleconsultation), if it exists. */
export async function findAppointmentMode(
  tx: Tx,
  gstId: string,
  appointmentId: string,
): Promise<'in_person' | 'teleconsultation' | undefined> {
  const [row] = await queryRows(
    tx,
    sql`select mode from appointments where gst_id = ${gstId} and id = ${appointmentId}`,
  );
  return row ? (row.mode as 'in_person' | 'teleconsultation') : undefined;
}

/** Records an act for pay-per-act and billing (one per kind and source record). */
export async function insertCareAct(
  tx: Tx,
  gstId: string,
  act: {
    id: string;
    kind: 'teleexpertise_answer' | 'teleconsultation' | 'counter_referral';
    authorUserId: string;
    establishmentId: string;
    specialtyCode: string;
    patientId: string | null;
    sourceType: string;
    sourceId: string;
    performedAt: string;
  },
): Promise<void> {
  await tx.execute(
    sql`insert into care_acts (gst_id, id, kind, author_user_id, establishment_id, specialty_code, patient_id,
        source_type, source_id, performed_at)
      values (${gstId}, ${act.id}, ${act.kind}, ${act.authorUserId}, ${act.establishmentId}, ${act.specialtyCode},
        ${act.patientId}, ${act.sourceType}, ${act.sourceId}, ${act.performedAt})
      on conflict (gst_id, kind, source_id) do nothing`,
  );
}

/** Completes the attendance encounter of a referral with the counter-referral's diagnosis. */
export async function completeReferralEncounter(
  tx: Tx,
  gstId: string,
  referralId: string,
  completion: { icd10Code: string | null; endedAt: string },
): Promise<void> {
  await tx.execute(
    sql`update encounters set icd10_code = coalesce(${completion.icd10Code}::text, icd10_code), outcome = 'follow_up',
        ended_at = coalesce(ended_at, ${completion.endedAt}::timestamptz)
      where gst_id = ${gstId} and referral_id = ${referralId}`,
  );
}
