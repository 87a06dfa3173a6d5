import type { Teleexpertise } from '@tansiq/domain';
import { insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadTeleexpertiseAccess } from './teleexpertise-access';
import { readTeleexpertise } from './read-teleexpertise';

/**
 * Opens a request for the clinicians at either end; the opening is audited with the patient.
 * @throws AppError not_found (missing, or outside both ends; audited as denied).
 */
export async function getTeleexpertise(db: Db, context: RequestContext, id: string): Promise<Teleexpertise> {
  return db.transaction(async (tx) => {
    const { record, roles } = await loadTeleexpertiseAccess(tx, context.actor, id);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'teleexpertise.read',
        entityType: 'teleexpertise',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'teleexpertise',
      }),
    );
    return readTeleexpertise(tx, { gstId: record.gstId, id: record.id, roles });
  });
}
