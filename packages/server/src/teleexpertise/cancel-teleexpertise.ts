import { conflict, type CancelTeleexpertiseInput, type Teleexpertise } from '@tansiq/domain';
import { cancelTeleexpertiseRecord, insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { decideTeleexpertise } from './decide-teleexpertise';
import { loadTeleexpertiseAccess } from './teleexpertise-access';
import { readTeleexpertise } from './read-teleexpertise';
import { notifyTeleexpertise } from './teleexpertise-notifications';

/**
 * The asker's side withdraws an open request (the question was settled otherwise); the destination is told.
 * @throws AppError not_found, forbidden, conflict (not open any more, stale version).
 */
export async function cancelTeleexpertise(
  db: Db,
  context: RequestContext,
  id: string,
  input: CancelTeleexpertiseInput,
  outbox: OutboundMessage[],
): Promise<Teleexpertise> {
  return db.transaction(async (tx) => {
    const { record, roles } = await loadTeleexpertiseAccess(tx, context.actor, id, { forUpdate: true });
    await decideTeleexpertise(tx, record, 'cancel', roles);
    if (!(await cancelTeleexpertiseRecord(tx, record.gstId, record.id, input.version))) {
      throw conflict('The request changed since you opened it; reload it', [], { version: record.version });
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'teleexpertise.cancel',
        entityType: 'teleexpertise',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'teleexpertise',
      }),
    );
    outbox.push(
      ...(await notifyTeleexpertise(
        tx,
        { ...record, status: 'cancelled' },
        'teleexpertise_cancelled',
        context.actor.userId,
      )),
    );
    return readTeleexpertise(tx, { gstId: record.gstId, id: record.id, roles });
  });
}
