import { randomUUID } from 'node:crypto';
import {
  authorize,
  canReadReferralClinicalContent,
  canWriteReferral,
  pickTimerSetting,
  specialtyCodes,
  referralActorRoles,
  timerDueAt,
  todayInMorocco,
  unprocessable,
  validationFailed,
  type CreateReferralInput,
  type Referral,
  type ReferralRecord,
} from '@tansiq/domain';
import {
  findEstablishmentById,
  findGstReferralSettings,
  findTeleexpertiseRecord,
  linkTeleexpertiseReferral,
  insertReferral,
  nextDocumentNumber,
  reserveDocumentNumberAt,
  type Db,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { loadPatientAccess } from '../patients/patient-access';
import { checkReferralDestination } from './check-referral-destination';
import { finishReferralStep } from './finish-referral-step';

/** A referral number taken before the writing transaction. */
export interface ReservedNumber {
  gstId: string;
  year: number;
  value: number;
}

/**
 * Takes the next referral number of the origin's GST in a short transaction of its own, before the referral is
 * written: the counter row is then never held for the whole write, so concurrent referrals of a GST do not queue behind
 * each other. A referral that fails afterwards leaves a gap in the numbers (they stay unique). Undefined when the
 * origin is unknown (the write then refuses it).
 */
export async function reserveReferralNumber(
  db: Db,
  originEstablishmentId: string,
): Promise<ReservedNumber | undefined> {
  const year = Number(todayInMorocco().slice(0, 4));
  const reserved = await reserveDocumentNumberAt(db, originEstablishmentId, 'referral', year);
  return reserved && { ...reserved, year };
}

/**
 * A referral written from a tele-expertise answer must come from a request about the same patient, answered with a
 * conversion to a referral, and not converted already.
 * @throws AppError unprocessable
 */
async function checkSourceTeleexpertise(
  tx: Tx,
  source: { gstId: string; recordIds: readonly string[]; sourceTeleexpertiseId: string | null },
): Promise<void> {
  if (!source.sourceTeleexpertiseId) {
    return;
  }
  const request = await findTeleexpertiseRecord(tx, source.sourceTeleexpertiseId);
  const usable =
    request !== undefined &&
    request.gstId === source.gstId &&
    source.recordIds.includes(request.patientId) &&
    request.status === 'answered' &&
    request.answerKind === 'referral' &&
    request.referralId === null;
  if (!usable) {
    throw unprocessable('This tele-expertise request cannot be converted into a referral', [
      {
        path: ['sourceTeleexpertiseId'],
        message: 'Use a request about this patient, answered with a referral, not converted yet',
      },
    ]);
  }
}

/** `TTA-R26-000123`: the GST's short code, R for referral, the year, a counter. */
export const formatDocumentNumber = (gstCode: string, letter: string, year: number, value: number): string =>
  `${gstCode.replace(/^GST-/, '')}-${letter}${String(year % 100).padStart(2, '0')}-${String(value).padStart(6, '0')}`;

/**
 * Writes a referral for a patient the clinician may open, from an establishment where they work, to a destination
 * that offers the specialty. Leaving the pathway map in force needs a written justification (recorded and counted).
 * Sent at once unless kept as a draft; an emergency transfer is always sent.
 * @throws AppError not_found (patient), forbidden (not a clinician of the origin), validation_failed, unprocessable
 * (destination, justification).
 */
export async function createReferral(
  tx: Tx,
  context: RequestContext,
  input: CreateReferralInput,
  outbox: OutboundMessage[],
  reserved?: ReservedNumber,
): Promise<Referral> {
  const { patient, gstId, access, recordIds } = await loadPatientAccess(tx, context.actor, input.patientId);
  authorize({
    visible: true,
    allowed: canWriteReferral(context.actor, { gstId, establishmentId: input.originEstablishmentId }),
    entity: 'referral',
    gstId,
  });
  if (!specialtyCodes.includes(input.specialtyCode)) {
    throw validationFailed('Unknown specialty', [{ path: ['specialtyCode'], message: 'Unknown specialty' }]);
  }
  if (input.urgency === 'emergency' && !input.send) {
    throw validationFailed('An emergency transfer is sent at once', [
      { path: ['send'], message: 'An emergency transfer cannot be kept as a draft' },
    ]);
  }
  const origin = await findEstablishmentById(tx, input.originEstablishmentId);
  if (!origin || origin.gstId !== gstId || origin.status !== 'active') {
    throw unprocessable('The origin establishment is not active in this GST', [
      { path: ['originEstablishmentId'], message: 'The origin establishment is not active in this GST' },
    ]);
  }
  const now = new Date();
  const day = todayInMorocco(now);
  const referral = { gstId, originEstablishmentId: origin.id, specialtyCode: input.specialtyCode };
  const checked = await checkReferralDestination(tx, referral, input.destinationEstablishmentId, day);
  const rank = checked.pathway?.rank ?? null;
  if (rank === null && !input.offPathwayJustification) {
    throw unprocessable('This destination is not in the pathway: write why you refer there', [
      { path: ['offPathwayJustification'], message: 'A justification is required outside the pathway' },
    ]);
  }
  await checkSourceTeleexpertise(tx, { gstId, recordIds, sourceTeleexpertiseId: input.sourceTeleexpertiseId });
  const settings = await findGstReferralSettings(tx, gstId);
  const year = Number(day.slice(0, 4));
  const number = formatDocumentNumber(
    settings.gstCode,
    'R',
    year,
    reserved && reserved.gstId === gstId && reserved.year === year
      ? reserved.value
      : await nextDocumentNumber(tx, gstId, 'referral', year),
  );
  const setting = pickTimerSetting(settings.timerSettings, input.urgency, input.specialtyCode);
  const calendar = settings.calendar;
  const iso = now.toISOString();
  const record: ReferralRecord = {
    gstId,
    id: randomUUID(),
    number,
    patientId: patient.id,
    specialtyCode: input.specialtyCode,
    urgency: input.urgency,
    status: input.send ? 'sent' : 'draft',
    reason: input.reason,
    clinicalSummary: input.clinicalSummary,
    originEstablishmentId: origin.id,
    senderUserId: context.actor.userId,
    destinationEstablishmentId: input.destinationEstablishmentId,
    returnEstablishmentId: checked.pathway?.returnEstablishmentId ?? origin.id,
    pathwayMapId: checked.pathway?.mapId ?? null,
    pathwayRank: rank,
    offPathwayJustification: rank === null ? input.offPathwayJustification : null,
    sourceTeleexpertiseId: input.sourceTeleexpertiseId,
    appointmentId: null,
    declineReason: null,
    declineAdvice: null,
    cancelReason: null,
    counterReferral: null,
    counterReferredBy: null,
    acceptDueAt: input.send ? timerDueAt(setting, 'accept', now, calendar).toISOString() : null,
    appointmentDueAt: null,
    counterReferralDueAt: null,
    sentAt: input.send ? iso : null,
    acceptedAt: null,
    declinedAt: null,
    firstBookedAt: null,
    attendedAt: null,
    counterReferredAt: null,
    closedAt: null,
    cancelledAt: null,
    waitlistedAt: null,
    isDemo: false,
    version: 1,
    createdAt: iso,
    updatedAt: iso,
  };
  await insertReferral(tx, record);
  if (input.sourceTeleexpertiseId) {
    await linkTeleexpertiseReferral(tx, gstId, input.sourceTeleexpertiseId, record.id);
  }
  const target = {
    gstId,
    originEstablishmentId: origin.id,
    destinationEstablishmentId: record.destinationEstablishmentId,
  };
  return finishReferralStep(
    tx,
    context.actor.userId,
    {
      record,
      update: null,
      event: {
        action: input.send ? 'send' : 'create',
        fromStatus: null,
        toStatus: record.status,
        actorUserId: context.actor.userId,
        establishmentId: origin.id,
        details: { destinationEstablishmentId: record.destinationEstablishmentId, pathwayRank: rank },
      },
      audit: auditEventFor(context, {
        action: 'referral.create',
        entityType: 'referral',
        entityId: record.id,
        gstId,
        patientId: patient.id,
        purpose: access.basis,
        details: { status: record.status, urgency: record.urgency, inPathway: rank !== null },
      }),
      notifications: input.send ? ['referral_received'] : [],
    },
    {
      roles: referralActorRoles(context.actor, target),
      clinical: canReadReferralClinicalContent(context.actor, target),
    },
    outbox,
  );
}
