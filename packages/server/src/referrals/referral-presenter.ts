import {
  allowedReferralActions,
  isReferralFinal,
  timerState,
  type Attachment,
  type Referral,
  type ReferralActorRole,
  type ReferralEvent,
  type ReferralRecord,
  type ReferralSummary,
  type ReferralTimer,
} from '@tansiq/domain';
import type { ReferralListing } from '@tansiq/db';

const at = (value: string | null): Date | null => (value ? new Date(value) : null);

/** The three timers of a referral and where each stands now. */
export function referralTimerViews(record: ReferralRecord, now: Date): ReferralSummary['timers'] {
  const timers: { timer: ReferralTimer; due: string | null; done: string | null }[] = [
    { timer: 'accept', due: record.acceptDueAt, done: record.acceptedAt ?? record.declinedAt },
    {
      timer: 'appointment',
      due: record.appointmentDueAt,
      done: record.urgency === 'emergency' ? record.attendedAt : record.firstBookedAt,
    },
    { timer: 'counter_referral', due: record.counterReferralDueAt, done: record.counterReferredAt },
  ];
  return timers.map(({ timer, due, done }) => {
    const state = timerState(at(due), at(done), now);
    // A cancelled or declined referral stops its running timers: nothing is late any more.
    const stopped = isReferralFinal(record.status) && (state === 'running' || state === 'breached');
    return { timer, dueAt: due, state: stopped ? 'not_started' : state };
  });
}

const displayName = (patient: ReferralListing['patient']): string => {
  const latin = [patient.givenNameLatin, patient.familyNameLatin].filter(Boolean).join(' ');
  const arabic = [patient.givenNameArabic, patient.familyNameArabic].filter(Boolean).join(' ');
  return latin || arabic || patient.regionalId;
};

/** A worklist row. */
export function presentReferralSummary(listing: ReferralListing, now: Date): ReferralSummary {
  const { record } = listing;
  const timers = referralTimerViews(record, now);
  return {
    id: record.id,
    number: record.number,
    status: record.status,
    urgency: record.urgency,
    specialtyCode: record.specialtyCode,
    patient: {
      id: record.patientId,
      regionalId: listing.patient.regionalId,
      displayName: displayName(listing.patient),
    },
    origin: listing.origin,
    destination: listing.destination,
    sender: { userId: record.senderUserId, displayName: listing.senderDisplayName },
    inPathway: record.pathwayRank !== null,
    sentAt: record.sentAt,
    appointment: listing.appointment,
    timers,
    overdue: timers.some((timer) => timer.state === 'breached'),
    updatedAt: record.updatedAt,
  };
}

/** A referral opened whole, its clinical content masked for the desk. */
export function presentReferral(
  listing: ReferralListing,
  extra: {
    events: ReferralEvent[];
    attachments: Attachment[];
    roles: ReferralActorRole[];
    clinical: boolean;
    directBooking: boolean;
    now: Date;
  },
): Referral {
  const { record } = listing;
  const clinical = extra.clinical;
  return {
    ...presentReferralSummary(listing, extra.now),
    reason: clinical ? record.reason : null,
    clinicalSummary: clinical ? record.clinicalSummary : null,
    returnEstablishment: listing.returnPlace,
    pathway:
      record.pathwayMapId && record.pathwayRank !== null
        ? { mapId: record.pathwayMapId, rank: record.pathwayRank }
        : null,
    offPathwayJustification: record.offPathwayJustification,
    decline: record.declineReason ? { reason: record.declineReason, advice: record.declineAdvice } : null,
    cancelReason: record.cancelReason,
    counterReferral: clinical ? record.counterReferral : null,
    sourceTeleexpertiseId: record.sourceTeleexpertiseId,
    events: extra.events,
    attachments: extra.attachments,
    allowedActions: allowedReferralActions(record.status, extra.roles, {
      urgency: record.urgency,
      directBooking: extra.directBooking,
    }),
    redacted: !clinical,
    version: record.version,
  };
}
