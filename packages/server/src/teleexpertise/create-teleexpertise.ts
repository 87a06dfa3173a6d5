import { randomUUID } from 'node:crypto';
import {
  authorize,
  canAskTeleexpertise,
  specialtyCodes,
  teleexpertiseActorRoles,
  teleexpertiseDueAt,
  todayInMorocco,
  unprocessable,
  validationFailed,
  type CreateTeleexpertiseInput,
  type Teleexpertise,
  type TeleexpertiseRecord,
} from '@tansiq/domain';
import {
  findEstablishmentById,
  findGstById,
  findWorkingCalendar,
  insertAuditEvent,
  insertTeleexpertise,
  nextDocumentNumber,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { loadPatientAccess } from '../patients/patient-access';
import { formatDocumentNumber } from '../referrals/create-referral';
import { checkTeleexpertiseDestination } from './check-teleexpertise-destination';
import { readTeleexpertise } from './read-teleexpertise';
import { notifyTeleexpertise } from './teleexpertise-notifications';

/**
 * Asks the specialists of a destination for advice about a patient the clinician may open, from an establishment
 * where they work. Numbered `TTA-T26-000001`; the response timer starts at once; the destination's physicians are
 * notified.
 * @throws AppError not_found (patient), forbidden (not a clinician of the origin), validation_failed, unprocessable.
 */
export async function createTeleexpertise(
  tx: Tx,
  context: RequestContext,
  input: CreateTeleexpertiseInput,
  outbox: OutboundMessage[],
): Promise<Teleexpertise> {
  const { patient, gstId, access } = await loadPatientAccess(tx, context.actor, input.patientId);
  authorize({
    visible: true,
    allowed: canAskTeleexpertise(context.actor, { gstId, establishmentId: input.originEstablishmentId }),
    entity: 'teleexpertise',
    gstId,
  });
  if (!specialtyCodes.includes(input.specialtyCode)) {
    throw validationFailed('Unknown specialty', [{ path: ['specialtyCode'], message: 'Unknown specialty' }]);
  }
  const origin = await findEstablishmentById(tx, input.originEstablishmentId);
  if (!origin || origin.gstId !== gstId || origin.status !== 'active') {
    throw unprocessable('The origin establishment is not active in this GST', [
      { path: ['originEstablishmentId'], message: 'The origin establishment is not active in this GST' },
    ]);
  }
  const request = { gstId, originEstablishmentId: origin.id, specialtyCode: input.specialtyCode };
  await checkTeleexpertiseDestination(tx, request, input.destinationEstablishmentId);
  const now = new Date();
  const year = Number(todayInMorocco(now).slice(0, 4));
  const gst = await findGstById(tx, gstId);
  const counter = await nextDocumentNumber(tx, gstId, 'teleexpertise', year);
  const record: TeleexpertiseRecord = {
    gstId,
    id: randomUUID(),
    number: formatDocumentNumber(gst?.code ?? 'GST', 'T', year, counter),
    patientId: patient.id,
    specialtyCode: input.specialtyCode,
    requesterUserId: context.actor.userId,
    originEstablishmentId: origin.id,
    destinationEstablishmentId: input.destinationEstablishmentId,
    question: input.question,
    status: 'open',
    dueAt: teleexpertiseDueAt(now, await findWorkingCalendar(tx, gstId)).toISOString(),
    answerKind: null,
    answer: null,
    answeredBy: null,
    answeredAt: null,
    referralId: null,
    isDemo: false,
    version: 1,
    createdAt: now.toISOString(),
  };
  await insertTeleexpertise(tx, record);
  await insertAuditEvent(
    tx,
    auditEventFor(context, {
      action: 'teleexpertise.create',
      entityType: 'teleexpertise',
      entityId: record.id,
      gstId,
      patientId: patient.id,
      purpose: access.basis,
      details: { destinationEstablishmentId: record.destinationEstablishmentId, specialtyCode: record.specialtyCode },
    }),
  );
  outbox.push(...(await notifyTeleexpertise(tx, record, 'teleexpertise_received', context.actor.userId)));
  const target = {
    gstId,
    originEstablishmentId: origin.id,
    destinationEstablishmentId: record.destinationEstablishmentId,
  };
  return readTeleexpertise(tx, { gstId, id: record.id, roles: teleexpertiseActorRoles(context.actor, target) });
}
