import type { TeleexpertiseRecord } from '@tansiq/domain';
import { asText, asTextOrNull, toIso, toIsoOrNull } from '../lib/rows';

/** A `teleexpertise_requests` row (selected with `t.*`) as a record. */
export function toTeleexpertiseRecord(row: Record<string, unknown>): TeleexpertiseRecord {
  return {
    gstId: asText(row.gst_id),
    id: asText(row.id),
    number: asText(row.number),
    patientId: asText(row.patient_id),
    specialtyCode: asText(row.specialty_code),
    requesterUserId: asText(row.requester_user_id),
    originEstablishmentId: asText(row.origin_establishment_id),
    destinationEstablishmentId: asText(row.destination_establishment_id),
    question: asText(row.question),
    status: asText(row.status) as TeleexpertiseRecord['status'],
    dueAt: toIso(row.due_at as Date),
    answerKind: asTextOrNull(row.answer_kind) as TeleexpertiseRecord['answerKind'],
    answer: asTextOrNull(row.answer),
    answeredBy: asTextOrNull(row.answered_by),
    answeredAt: toIsoOrNull(row.answered_at as Date | null),
    referralId: asTextOrNull(row.referral_id),
    isDemo: row.is_demo === true,
    version: Number(row.version),
    createdAt: toIso(row.created_at as Date),
  };
}
