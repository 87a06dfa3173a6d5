import { redactEncounter, type EncounterPage, type ListEncountersQuery } from '@tansiq/domain';
import { insertAuditEvent, listPatientEncounters as listEncountersOfRecords, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPatientAccess } from '../patients/patient-access';

/**
 * A patient's timeline: one list across every establishment of the GST and every record merged into the golden
 * record, newest first. Reading it opens the record, so it is audited (`patient.timeline.read`) in the same
 * transaction; clinical detail is masked for callers who may not read it.
 * @throws AppError not_found when the caller may not open the patient (audited as denied).
 */
export async function listPatientEncounters(
  db: Db,
  context: RequestContext,
  patientId: string,
  query: ListEncountersQuery,
): Promise<EncounterPage> {
  return db.transaction(async (tx) => {
    const { patient, gstId, recordIds, access } = await loadPatientAccess(tx, context.actor, patientId);
    const page = await listEncountersOfRecords(tx, gstId, patient.id, recordIds, query);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.timeline.read',
        entityType: 'patient',
        entityId: patient.id,
        gstId,
        patientId: patient.id,
        purpose: access.basis,
        details: { page: query.page, encounters: page.items.length, clinical: access.clinical },
      }),
    );
    return {
      items: page.items.map((encounter) => redactEncounter(encounter, access.clinical)),
      total: page.total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
