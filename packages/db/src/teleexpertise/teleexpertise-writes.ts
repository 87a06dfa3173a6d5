import { sql } from 'drizzle-orm';
import type { TeleexpertiseAnswerKind, TeleexpertiseRecord } from '@tansiq/domain';
import type { Tx } from '../client';
import { queryRows } from '../lib/rows';

/** Inserts a tele-expertise request (open, its number already taken from the GST's counter). */
export async function insertTeleexpertise(tx: Tx, record: TeleexpertiseRecord): Promise<void> {
  await tx.execute(
    sql`insert into teleexpertise_requests (gst_id, id, number, patient_id, specialty_code, requester_user_id,
        origin_establishment_id, destination_establishment_id, question, status, due_at, answer_kind, answer,
        answered_by, answered_at, referral_id, is_demo, version, created_at)
      values (${record.gstId}, ${record.id}, ${record.number}, ${record.patientId}, ${record.specialtyCode},
        ${record.requesterUserId}, ${record.originEstablishmentId}, ${record.destinationEstablishmentId},
        ${record.question}, ${record.status}, ${record.dueAt}, ${record.answerKind}, ${record.answer},
        ${record.answeredBy}, ${record.answeredAt}, ${record.referralId}, ${record.isDemo}, ${record.version},
        ${record.createdAt})`,
  );
}

/**
 * Records the answer if the request is still open at `expectedVersion`; false when someone answered or cancelled it
 * first (the caller answers 409), so two specialists answering at once leave one answer.
 */
export async function answerTeleexpertiseRecord(
  tx: Tx,
  gstId: string,
  id: string,
  expectedVersion: number,
  answer: { kind: TeleexpertiseAnswerKind; text: string; answeredBy: string; answeredAt: string },
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update teleexpertise_requests set status = 'answered', answer_kind = ${answer.kind}, answer = ${answer.text},
        answered_by = ${answer.answeredBy}, answered_at = ${answer.answeredAt}, version = version + 1
      where gst_id = ${gstId} and id = ${id} and version = ${expectedVersion} and status = 'open' returning id`,
  );
  return rows.length === 1;
}

/** Cancels an open request at `expectedVersion`; false when it moved first. */
export async function cancelTeleexpertiseRecord(
  tx: Tx,
  gstId: string,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update teleexpertise_requests set status = 'cancelled', version = version + 1
      where gst_id = ${gstId} and id = ${id} and version = ${expectedVersion} and status = 'open' returning id`,
  );
  return rows.length === 1;
}

/** Bumps a request's version (a teleconsultation booked or reported changes what it allows). */
export async function touchTeleexpertise(tx: Tx, gstId: string, id: string): Promise<void> {
  await tx.execute(sql`update teleexpertise_requests set version = version + 1 where gst_id = ${gstId} and id = ${id}`);
}

/** Stores a teleconsultation's report (one per appointment: a second fails on the key, 409). */
export async function insertTeleconsultationReport(
  tx: Tx,
  gstId: string,
  report: {
    appointmentId: string;
    teleexpertiseId: string;
    encounterId: string;
    findings: string;
    diagnosis: string | null;
    icd10Code: string | null;
    recommendations: string;
    authorUserId: string;
    reportedAt: string;
  },
): Promise<void> {
  await tx.execute(
    sql`insert into teleconsultation_reports (gst_id, appointment_id, teleexpertise_id, encounter_id, findings,
        diagnosis, icd10_code, recommendations, author_user_id, reported_at)
      values (${gstId}, ${report.appointmentId}, ${report.teleexpertiseId}, ${report.encounterId}, ${report.findings},
        ${report.diagnosis}, ${report.icd10Code}, ${report.recommendations}, ${report.authorUserId},
        ${report.reportedAt})`,
  );
}

/** Records that an overdue request was escalated; false when another sweeper got there first. */
export async function insertTeleexpertiseEscalation(
  tx: Tx,
  escalation: { gstId: string; teleexpertiseId: string; dueAt: string },
  escalatedAt: Date,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`insert into teleexpertise_escalations (gst_id, teleexpertise_id, due_at, escalated_at)
      values (${escalation.gstId}, ${escalation.teleexpertiseId}, ${escalation.dueAt}, ${escalatedAt.toISOString()})
      on conflict do nothing returning teleexpertise_id`,
  );
  return rows.length === 1;
}

/** Records the referral a tele-expertise answer led to (once: a request leads to at most one referral). */
export async function linkTeleexpertiseReferral(
  tx: Tx,
  gstId: string,
  id: string,
  referralId: string,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`update teleexpertise_requests set referral_id = ${referralId}
      where gst_id = ${gstId} and id = ${id} and referral_id is null returning id`,
  );
  return rows.length === 1;
}
