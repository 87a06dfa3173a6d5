import { todayInMorocco } from '@tansiq/domain';
import {
  findReferralServiceOptions,
  insertAuditEvent,
  insertTeleexpertiseEscalation,
  listUnescalatedTeleexpertise,
  listUserIdsWithRoleAt,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { systemRequestId } from '../audit/system-request-id';
import type { Messenger } from '../notifications/messenger';
import { sendTeleexpertiseNotification } from './teleexpertise-notifications';

/**
 * Escalates every tele-expertise request still open past its response timer, once: the head of the destination service
 * (or, without one, the establishment's administrators), the destination's physicians again, and the asker (who may
 * refer instead of waiting) are notified; the escalation is recorded and audited by the system. Sweeps all GSTs
 * (explicit system scope). Returns how many requests were escalated.
 */
export async function escalateTeleexpertise(
  db: Db,
  messenger: Messenger,
  now: Date = new Date(),
  batchSize = 200,
): Promise<number> {
  const overdue = await listUnescalatedTeleexpertise(db, now, batchSize);
  let escalated = 0;
  for (const record of overdue) {
    const outcome = await db.transaction(async (tx) => {
      const target = { gstId: record.gstId, teleexpertiseId: record.id, dueAt: record.dueAt };
      if (!(await insertTeleexpertiseEscalation(tx, target, now))) {
        return undefined;
      }
      const day = todayInMorocco(now);
      const at = { gstId: record.gstId, establishmentId: record.destinationEstablishmentId };
      const service = await findReferralServiceOptions(
        tx,
        record.gstId,
        record.destinationEstablishmentId,
        record.specialtyCode,
      );
      const heads = service.headUserId
        ? [service.headUserId]
        : await listUserIdsWithRoleAt(tx, at, ['establishment_admin'], day);
      const physicians = await listUserIdsWithRoleAt(tx, at, ['physician'], day);
      const recipients = [...heads, ...physicians, record.requesterUserId];
      await insertAuditEvent(
        tx,
        auditEventFor(
          { actor: null, requestId: systemRequestId(), ip: null },
          {
            action: 'teleexpertise.escalate',
            entityType: 'teleexpertise',
            entityId: record.id,
            gstId: record.gstId,
            details: { dueAt: record.dueAt, notified: new Set(recipients).size },
          },
        ),
      );
      return sendTeleexpertiseNotification(tx, record, 'teleexpertise_overdue', recipients, { dueAt: record.dueAt });
    });
    if (outcome) {
      escalated += 1;
      await messenger.send(outcome);
    }
  }
  return escalated;
}
