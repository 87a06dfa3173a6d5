import { randomUUID } from 'node:crypto';
import {
  authorize,
  canRecordEncounter,
  redactEncounter,
  validationFailed,
  type CreateEncounterInput,
  type Encounter,
} from '@tansiq/domain';
import { findEncounterById, findEstablishmentById, insertAuditEvent, insertEncounter, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPatientAccess } from '../patients/patient-access';

/**
 * Records an encounter on a patient's golden record, at an establishment where the actor works with patients. The
 * patient must be openable by the actor; the establishment then has a care relationship with the patient.
 * @throws AppError not_found (patient not openable), forbidden (may not record there), validation_failed (closed
 * establishment).
 */
export async function createEncounter(
  db: Db,
  context: RequestContext,
  patientId: string,
  input: CreateEncounterInput,
): Promise<Encounter> {
  return db.transaction(async (tx) => {
    const { patient, gstId, access } = await loadPatientAccess(tx, context.actor, patientId);
    authorize({
      visible: true,
      allowed: canRecordEncounter(context.actor, { gstId, establishmentId: input.establishmentId }),
      entity: 'patient',
      gstId,
    });
    const establishment = await findEstablishmentById(tx, input.establishmentId);
    if (establishment?.status === 'closed') {
      throw validationFailed('This establishment is closed', [
        { path: ['establishmentId'], message: 'This establishment is closed', code: 'custom' },
      ]);
    }
    const id = randomUUID();
    await insertEncounter(tx, gstId, { id, patientId: patient.id, ...input }, context.actor.userId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'encounter.create',
        entityType: 'encounter',
        entityId: id,
        gstId,
        patientId: patient.id,
        purpose: access.basis,
        details: { kind: input.kind, establishmentId: input.establishmentId },
      }),
    );
    const created = await findEncounterById(tx, gstId, id, patient.id);
    if (!created) {
      throw new Error('The encounter just recorded cannot be read back');
    }
    return redactEncounter(created, access.clinical);
  });
}
