import {
  teleconsultationStateOf,
  allowedTeleexpertiseActions,
  isTeleexpertiseOverdue,
  type Attachment,
  type ReferralPrefill,
  type Teleexpertise,
  type TeleexpertiseActorRole,
  type TeleexpertiseRecord,
  type TeleexpertiseSummary,
  type TeleconsultationReport,
} from '@tansiq/domain';
import type { AppointmentRecord, TeleexpertiseListing } from '@tansiq/db';

const displayName = (patient: TeleexpertiseListing['patient']): string => {
  const latin = [patient.givenNameLatin, patient.familyNameLatin].filter(Boolean).join(' ');
  const arabic = [patient.givenNameArabic, patient.familyNameArabic].filter(Boolean).join(' ');
  return latin || arabic || patient.regionalId;
};

/** A worklist row. */
export function presentTeleexpertiseSummary(listing: TeleexpertiseListing, now: Date): TeleexpertiseSummary {
  const { record } = listing;
  return {
    id: record.id,
    number: record.number,
    status: record.status,
    specialtyCode: record.specialtyCode,
    patient: {
      id: record.patientId,
      regionalId: listing.patient.regionalId,
      displayName: displayName(listing.patient),
    },
    origin: listing.origin,
    destination: listing.destination,
    requester: { userId: record.requesterUserId, displayName: listing.requesterDisplayName },
    askedAt: record.createdAt,
    dueAt: record.dueAt,
    overdue: isTeleexpertiseOverdue(record.status, new Date(record.dueAt), now),
    answerKind: record.answerKind,
    answeredAt: record.answeredAt,
  };
}

/**
 * The referral a "convert to referral" answer prefills for the asker's side: the question as its reason (cut to the
 * referral's 500 characters) and the question and the specialist's answer as its clinical summary.
 */
export function referralPrefillOf(record: TeleexpertiseRecord): ReferralPrefill | null {
  if (record.answerKind !== 'referral' || record.answer === null) {
    return null;
  }
  return {
    patientId: record.patientId,
    originEstablishmentId: record.originEstablishmentId,
    specialtyCode: record.specialtyCode,
    destinationEstablishmentId: record.destinationEstablishmentId,
    reason: record.question.slice(0, 500),
    clinicalSummary: `${record.question}\n\n— ${record.number}:\n${record.answer}`.slice(0, 10_000),
    sourceTeleexpertiseId: record.id,
  };
}

/** A request opened whole, with what the actor may do now. */
export function presentTeleexpertise(
  listing: TeleexpertiseListing,
  extra: {
    attachments: Attachment[];
    appointment: AppointmentRecord | undefined;
    report: TeleconsultationReport | undefined;
    roles: TeleexpertiseActorRole[];
    now: Date;
  },
): Teleexpertise {
  const { record } = listing;
  const { appointment } = extra;
  return {
    ...presentTeleexpertiseSummary(listing, extra.now),
    question: record.question,
    answer:
      record.answerKind && record.answer !== null && record.answeredAt && record.answeredBy
        ? {
            kind: record.answerKind,
            text: record.answer,
            author: { userId: record.answeredBy, displayName: listing.answererDisplayName ?? '—' },
            answeredAt: record.answeredAt,
          }
        : null,
    referralPrefill:
      extra.roles.some((role) => role.party === 'origin') && record.referralId === null
        ? referralPrefillOf(record)
        : null,
    referralId: record.referralId,
    appointment: appointment
      ? {
          id: appointment.id,
          startsAt: appointment.startsAt,
          endsAt: appointment.endsAt,
          mode: appointment.mode,
          status: appointment.status,
          videoUrl: appointment.videoUrl,
        }
      : null,
    report: extra.report ?? null,
    attachments: extra.attachments,
    allowedActions: allowedTeleexpertiseActions(record.status, extra.roles, {
      answerKind: record.answerKind,
      teleconsultation: teleconsultationStateOf(appointment?.status),
    }),
    version: record.version,
  };
}
