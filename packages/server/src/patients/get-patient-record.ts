import type { PatientRecord, PatientVersion } from '@tansiq/domain';
import {
  insertAuditEvent,
  listMergedRecords,
  listPatientRegistrations,
  listPatientVersions,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPatientAccess } from './patient-access';

/**
 * Opens a patient's record: identity, registrations at every establishment, merged records, and how the caller may see
 * it. Every opening is audited with its basis (care relationship, break-the-glass, identity management), in the same
 * transaction as the reads.
 * @throws AppError not_found when the caller may not open it (audited as denied).
 */
export async function getPatientRecord(db: Db, context: RequestContext, patientId: string): Promise<PatientRecord> {
  return db.transaction(async (tx) => {
    const access = await loadPatientAccess(tx, context.actor, patientId);
    const registrations = await listPatientRegistrations(tx, access.gstId, access.patient.id, access.recordIds);
    const mergedRecords = await listMergedRecords(tx, access.gstId, access.recordIds.slice(1));
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.open',
        entityType: 'patient',
        entityId: access.patient.id,
        gstId: access.gstId,
        patientId: access.patient.id,
        purpose: access.access.basis,
        details: patientId === access.patient.id ? null : { requestedId: patientId },
      }),
    );
    return { ...access.patient, registrations, mergedRecords, access: access.access };
  });
}

/** The version history of a patient and of the records merged into it; reading it is audited like an opening. */
export async function listVersionsOfPatient(
  db: Db,
  context: RequestContext,
  patientId: string,
): Promise<PatientVersion[]> {
  return db.transaction(async (tx) => {
    const access = await loadPatientAccess(tx, context.actor, patientId);
    const versions = await listPatientVersions(tx, access.gstId, access.recordIds);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.history.read',
        entityType: 'patient',
        entityId: access.patient.id,
        gstId: access.gstId,
        patientId: access.patient.id,
        purpose: access.access.basis,
      }),
    );
    return versions;
  });
}
