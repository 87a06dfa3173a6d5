import { randomUUID } from 'node:crypto';
import {
  authorize,
  canRegisterPatients,
  conflict,
  notFound,
  outOfScope,
  type PatientRegistration,
  type RegisterPatientInput,
} from '@tansiq/domain';
import {
  findGoldenPatientId,
  findPatientById,
  findPatientIdByLocalId,
  insertAuditEvent,
  insertPatientRegistration,
  listPatientRecordIds,
  listPatientRegistrations,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { resolvePatientGst } from './patient-gst';

/**
 * Attaches an existing patient (found by search) to the caller's establishment, with the establishment's local number
 * when it has one. This is what the desk does instead of creating a duplicate; it also opens the care relationship.
 * Registering again with the same number is harmless (the existing registration is returned).
 * @throws AppError not_found (patient or establishment out of scope), forbidden, conflict (number used by another).
 */
export async function registerPatient(
  db: Db,
  context: RequestContext,
  patientId: string,
  input: RegisterPatientInput,
): Promise<PatientRegistration> {
  const { gstId } = await resolvePatientGst(db, context.actor, input.establishmentId);
  const requested = await findPatientById(db, patientId);
  if (!requested) {
    throw notFound('patient');
  }
  if (requested.gstId !== gstId) {
    throw outOfScope('patient', requested.gstId);
  }
  authorize({
    visible: true,
    allowed: canRegisterPatients(context.actor, { gstId, establishmentId: input.establishmentId }),
    entity: 'patient',
    gstId,
  });
  const goldenId = (await findGoldenPatientId(db, gstId, patientId)) ?? patientId;
  return db.transaction(async (tx) => {
    const recordIds = await listPatientRecordIds(tx, gstId, goldenId);
    const existing = (await listPatientRegistrations(tx, gstId, goldenId, recordIds)).find(
      (registration) =>
        registration.establishmentId === input.establishmentId &&
        (input.localId === null || registration.localId === input.localId),
    );
    if (existing) {
      return existing;
    }
    if (input.localId !== null) {
      const holder = await findPatientIdByLocalId(tx, gstId, input.establishmentId, input.localId);
      if (holder !== undefined) {
        throw conflict('This local patient number is already used at this establishment', [
          { path: ['localId'], message: `${input.localId} belongs to another patient here` },
        ]);
      }
    }
    const id = randomUUID();
    await insertPatientRegistration(
      tx,
      gstId,
      { id, patientId: goldenId, establishmentId: input.establishmentId, localId: input.localId },
      context.actor.userId,
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.register',
        entityType: 'patient',
        entityId: goldenId,
        gstId,
        patientId: goldenId,
        details: { establishmentId: input.establishmentId, registrationId: id },
      }),
    );
    const created = (await listPatientRegistrations(tx, gstId, goldenId, [goldenId])).find((r) => r.id === id);
    if (!created) {
      throw new Error('The registration was not stored');
    }
    return created;
  });
}
