import {
  authorize,
  canEditPatient,
  diffDemographics,
  patientBlockingKeys,
  patientDemographicsSchema,
  parse,
  toDemographics,
  type Patient,
  type UpdatePatientInput,
} from '@tansiq/domain';
import { findPatientsByIds, insertAuditEvent, replaceMatchKeys, updatePatientState, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPatientAccess } from './patient-access';
import { checkPatientReferences } from './check-patient-references';

/**
 * Corrects a patient's identity (the fields sent change, the others stay), as a new version; the blocking keys are
 * recomputed from the golden record and every record merged into it, so variant spellings still find it.
 * @throws AppError not_found, forbidden, validation_failed (cross-field rules), conflict (stale version).
 */
export async function updatePatient(
  db: Db,
  context: RequestContext,
  patientId: string,
  input: UpdatePatientInput,
): Promise<Patient> {
  return db.transaction(async (tx) => {
    const access = await loadPatientAccess(tx, context.actor, patientId);
    authorize({
      visible: true,
      allowed: canEditPatient(context.actor, access.target),
      entity: 'patient',
      gstId: access.gstId,
    });
    const { version, ...fields } = input;
    const before = toDemographics(access.patient);
    const after = parse(patientDemographicsSchema, { ...before, ...fields });
    await checkPatientReferences(tx, access.gstId, fields);
    const changes = diffDemographics(before, after);
    if (changes.length > 0) {
      await updatePatientState(
        tx,
        access.gstId,
        { id: access.patient.id, version: version + 1, state: after, action: 'updated', changes },
        context.actor.userId,
      );
      const members = await findPatientsByIds(tx, access.gstId, access.recordIds.slice(1));
      const keys = patientBlockingKeys([after, ...members.map(toDemographics)]).flat();
      await replaceMatchKeys(tx, access.gstId, access.patient.id, [...new Set(keys)], access.recordIds.slice(1));
      await insertAuditEvent(
        tx,
        auditEventFor(context, {
          action: 'patient.update',
          entityType: 'patient',
          entityId: access.patient.id,
          gstId: access.gstId,
          patientId: access.patient.id,
          details: { fields: changes.map((change) => change.field) },
        }),
      );
    }
    const [updated] = await findPatientsByIds(tx, access.gstId, [access.patient.id]);
    return updated ?? access.patient;
  });
}
