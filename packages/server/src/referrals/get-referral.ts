import type { Referral } from '@tansiq/domain';
import { insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadReferralAccess } from './referral-access';
import { readReferral } from './read-referral';

/**
 * Opens a referral for its origin's or destination's care staff; the opening is audited with the patient.
 * @throws AppError not_found (missing, or outside both ends; audited as denied).
 */
export async function getReferral(db: Db, context: RequestContext, id: string): Promise<Referral> {
  return db.transaction(async (tx) => {
    const { record, roles, clinical } = await loadReferralAccess(tx, context.actor, id);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'referral.read',
        entityType: 'referral',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'referral',
        details: { clinical },
      }),
    );
    return readReferral(tx, { gstId: record.gstId, id: record.id, roles, clinical });
  });
}
