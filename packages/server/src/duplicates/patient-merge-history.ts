import {
  authorize,
  canManagePatientIdentities,
  notFound,
  type PatientMerge,
  type UnmergeInput,
  type UnmergeResult,
} from '@tansiq/domain';
import { findPatientMergeById, findPatientsByIds, insertAuditEvent, listPatientMergesInto, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPatientAccess } from '../patients/patient-access';
import { authorizeIdentityManagement } from './duplicate-access';
import { presentDuplicatePatient } from './duplicate-presenter';
import { unmergePatient } from './unmerge-patient';

/**
 * Undoes a merge (restores both records with their history).
 * @throws AppError not_found (unknown merge, or outside the actor's GSTs), forbidden (not an identity manager),
 * conflict (already undone, or the records changed).
 */
export async function undoPatientMerge(
  db: Db,
  context: RequestContext,
  mergeId: string,
  input: UnmergeInput,
): Promise<UnmergeResult> {
  const merge = await findPatientMergeById(db, mergeId);
  if (!merge) {
    throw notFound('merge');
  }
  authorizeIdentityManagement(context.actor, merge.gstId, 'merge');
  return db.transaction((tx) => unmergePatient(tx, context, { gstId: merge.gstId, mergeId, requeue: input.requeue }));
}

/**
 * The merges into a golden record and its members (who, when, automatic or not, undone or not), for identity
 * managers on the patient page. Reading it is audited on the patient.
 * @throws AppError not_found (unknown patient, or one the actor may not open), forbidden (not an identity manager).
 */
export async function listPatientMerges(db: Db, context: RequestContext, patientId: string): Promise<PatientMerge[]> {
  return db.transaction(async (tx) => {
    const access = await loadPatientAccess(tx, context.actor, patientId);
    authorize({
      visible: true,
      allowed: canManagePatientIdentities(context.actor, access.gstId),
      entity: 'patient',
      gstId: access.gstId,
    });
    const merges = await listPatientMergesInto(tx, access.gstId, access.recordIds);
    const merged = new Map(
      (await findPatientsByIds(tx, access.gstId, [...new Set(merges.map((merge) => merge.mergedId))])).map(
        (patient) => [patient.id, patient],
      ),
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.merges.view',
        entityType: 'patient',
        entityId: access.patient.id,
        gstId: access.gstId,
        patientId: access.patient.id,
        details: { merges: merges.length },
      }),
    );
    return merges.flatMap((merge) => {
      const record = merged.get(merge.mergedId);
      return record ? [{ ...merge, merged: presentDuplicatePatient(record) }] : [];
    });
  });
}
