import { randomUUID } from 'node:crypto';
import {
  pickTimerSetting,
  timerDueAt,
  todayInMorocco,
  type CancelReferralInput,
  type CounterReferralInput,
  type DeclineReferralInput,
  type RedirectReferralInput,
  type ReferralChanges,
  type ReferralRecord,
} from '@tansiq/domain';
import {
  completeReferralEncounter,
  findAppointmentMode,
  insertCareAct,
  insertEncounter,
  setAppointmentStatus,
  type Executor,
  type GstReferralSettings,
  type Tx,
} from '@tansiq/db';
import type { ReferralNotificationKind } from '../notifications/referral-notifications';
import { checkReferralDestination } from './check-referral-destination';

/** The input each action takes besides the version (book and reschedule are the booking use case's). */
export type TransitionInput =
  | { action: 'send' | 'accept' | 'waitlist' | 'attend' | 'no_show' | 'close' }
  | ({ action: 'decline' } & Omit<DeclineReferralInput, 'version'>)
  | ({ action: 'redirect' } & Omit<RedirectReferralInput, 'version'>)
  | ({ action: 'cancel' } & Omit<CancelReferralInput, 'version'>)
  | ({ action: 'counter_refer' } & Omit<CounterReferralInput, 'version'>);

/** Who takes the action (the attendance encounter names them as practitioner). */
export interface TransitionActor {
  userId: string;
  displayName: string;
}

/**
 * What a transition writes besides the status: changed fields, the event's details, whom to tell, and the writes to
 * other records (the appointment, the timeline, the act) that must share the step's transaction; null when none.
 */
export interface TransitionEffects {
  changes: ReferralChanges;
  details: Record<string, unknown>;
  notifications: Exclude<ReferralNotificationKind, 'referral_overdue'>[];
  sideWrites: ((tx: Tx) => Promise<void>) | null;
}

function dueAt(
  settings: GstReferralSettings,
  record: ReferralRecord,
  timer: 'accept' | 'appointment' | 'counter_referral',
  from: Date,
) {
  const setting = pickTimerSetting(settings.timerSettings, record.urgency, record.specialtyCode);
  return timerDueAt(setting, timer, from, settings.calendar).toISOString();
}

/** Moves the referral's appointment, if any, and returns its mode when it moved. */
async function setAppointment(
  tx: Tx,
  record: ReferralRecord,
  status: 'attended' | 'no_show' | 'cancelled',
  reason: string | null = null,
): Promise<'in_person' | 'teleconsultation' | undefined> {
  return record.appointmentId
    ? setAppointmentStatus(tx, record.gstId, record.appointmentId, status, reason)
    : undefined;
}

/** The destination's consultation, on the patient's timeline, linked to the referral (its report follows). */
async function recordAttendance(
  tx: Tx,
  record: ReferralRecord,
  actor: TransitionActor,
  now: Date,
  movedMode: 'in_person' | 'teleconsultation' | undefined,
) {
  const mode =
    movedMode ?? (record.appointmentId ? await findAppointmentMode(tx, record.gstId, record.appointmentId) : undefined);
  await insertEncounter(
    tx,
    record.gstId,
    {
      id: randomUUID(),
      patientId: record.patientId,
      referralId: record.id,
      establishmentId: record.destinationEstablishmentId,
      specialtyCode: record.specialtyCode,
      kind:
        record.urgency === 'emergency'
          ? 'emergency'
          : mode === 'teleconsultation'
            ? 'teleconsultation'
            : 'consultation',
      startedAt: now.toISOString(),
      endedAt: null,
      practitionerName: actor.displayName,
      reason: record.reason,
      icd10Code: null,
      outcome: null,
    },
    actor.userId,
  );
}

/**
 * The effects of an allowed transition (the state machine has already said yes): due dates of the timers that start,
 * the appointment's status, the attendance on the timeline, the counter-referral's content and its act.
 * @throws AppError unprocessable for a redirect to a destination that cannot take the referral.
 */
export async function transitionEffects(
  executor: Executor,
  record: ReferralRecord,
  settings: GstReferralSettings,
  input: TransitionInput,
  actor: TransitionActor,
  now: Date,
): Promise<TransitionEffects> {
  const iso = now.toISOString();
  switch (input.action) {
    case 'send':
      return {
        changes: { sentAt: iso, acceptDueAt: dueAt(settings, record, 'accept', now) },
        details: {},
        notifications: ['referral_received'],
        sideWrites: null,
      };
    case 'accept':
      return {
        changes: { acceptedAt: iso, appointmentDueAt: dueAt(settings, record, 'appointment', now) },
        details: {},
        notifications: ['referral_accepted', 'referral_to_book'],
        sideWrites: null,
      };
    case 'decline':
      return {
        changes: { declinedAt: iso, declineReason: input.reason, declineAdvice: input.advice },
        details: { reason: input.reason },
        notifications: ['referral_declined'],
        sideWrites: null,
      };
    case 'redirect': {
      const checked = await checkReferralDestination(
        executor,
        record,
        input.destinationEstablishmentId,
        todayInMorocco(now),
      );
      const rank = checked.pathway?.rank ?? null;
      return {
        changes: {
          destinationEstablishmentId: input.destinationEstablishmentId,
          pathwayMapId: checked.pathway?.mapId ?? record.pathwayMapId,
          pathwayRank: rank,
          offPathwayJustification: rank === null ? `Réorientation : ${input.note}` : null,
          acceptedAt: null,
          appointmentDueAt: null,
          waitlistedAt: null,
          acceptDueAt: dueAt(settings, record, 'accept', now),
        },
        details: { from: record.destinationEstablishmentId, to: input.destinationEstablishmentId, note: input.note },
        notifications: ['referral_redirected'],
        sideWrites: null,
      };
    }
    case 'waitlist':
      return { changes: { waitlistedAt: iso }, details: {}, notifications: [], sideWrites: null };
    case 'attend':
      return {
        changes: { attendedAt: iso, counterReferralDueAt: dueAt(settings, record, 'counter_referral', now) },
        details: {},
        notifications: [],
        sideWrites: async (tx) => {
          // The appointment's mode comes back from its update (read apart only if it was not booked any more).
          await recordAttendance(tx, record, actor, now, await setAppointment(tx, record, 'attended'));
        },
      };
    case 'no_show':
      return {
        changes: {},
        details: {},
        notifications: ['referral_no_show'],
        sideWrites: async (tx) => {
          await setAppointment(tx, record, 'no_show');
        },
      };
    case 'counter_refer': {
      const counterReferral = {
        findings: input.findings,
        diagnosis: input.diagnosis,
        icd10Code: input.icd10Code,
        treatment: input.treatment,
        recommendations: input.recommendations,
        followUp: input.followUp,
      };
      return {
        changes: { counterReferral, counterReferredAt: iso, counterReferredBy: actor.userId },
        details: {},
        notifications: ['counter_referral_received'],
        sideWrites: async (tx) => {
          await insertCareAct(tx, record.gstId, {
            id: randomUUID(),
            kind: 'counter_referral',
            authorUserId: actor.userId,
            establishmentId: record.destinationEstablishmentId,
            specialtyCode: record.specialtyCode,
            patientId: record.patientId,
            sourceType: 'referral',
            sourceId: record.id,
            performedAt: iso,
          });
          await completeReferralEncounter(tx, record.gstId, record.id, {
            icd10Code: counterReferral.icd10Code,
            endedAt: iso,
          });
        },
      };
    }
    case 'close':
      return { changes: { closedAt: iso }, details: {}, notifications: [], sideWrites: null };
    case 'cancel':
      return {
        changes: { cancelledAt: iso, cancelReason: input.reason },
        details: { reason: input.reason },
        notifications: record.status === 'draft' ? [] : ['referral_cancelled'],
        sideWrites: record.appointmentId
          ? async (tx) => {
              await setAppointment(tx, record, 'cancelled', input.reason);
            }
          : null,
      };
  }
}
