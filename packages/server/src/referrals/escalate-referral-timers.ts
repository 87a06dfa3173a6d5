import { todayInMorocco } from '@tansiq/domain';
import {
  findReferralServiceOptions,
  insertAuditEvent,
  insertReferralEscalation,
  listUnescalatedBreaches,
  listUserIdsWithRoleAt,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { systemRequestId } from '../audit/system-request-id';
import type { Messenger } from '../notifications/messenger';
import { sendReferralNotification } from '../notifications/referral-notifications';

/**
 * Escalates every breached referral timer once (issue #4 §3): the head of the destination service (or, without one,
 * the establishment's administrators) and the GST's directors are notified, the escalation is recorded and audited by
 * the system. Sweeps all GSTs (explicit system scope). Returns how many breaches were escalated.
 */
export async function escalateReferralTimers(
  db: Db,
  messenger: Messenger,
  now: Date = new Date(),
  batchSize = 200,
): Promise<number> {
  const breaches = await listUnescalatedBreaches(db, now, batchSize);
  let escalated = 0;
  for (const breach of breaches) {
    const { record } = breach;
    const outcome = await db.transaction(async (tx) => {
      const fresh = await insertReferralEscalation(
        tx,
        { gstId: record.gstId, referralId: record.id, timer: breach.timer, dueAt: breach.dueAt },
        now,
      );
      if (!fresh) {
        return undefined;
      }
      const day = todayInMorocco(now);
      const service = await findReferralServiceOptions(
        tx,
        record.gstId,
        record.destinationEstablishmentId,
        record.specialtyCode,
      );
      const heads = service.headUserId
        ? [service.headUserId]
        : await listUserIdsWithRoleAt(
            tx,
            { gstId: record.gstId, establishmentId: record.destinationEstablishmentId },
            ['establishment_admin'],
            day,
          );
      const directors = await listUserIdsWithRoleAt(
        tx,
        { gstId: record.gstId, establishmentId: null },
        ['gst_director'],
        day,
      );
      await insertAuditEvent(
        tx,
        auditEventFor(
          { actor: null, requestId: systemRequestId(), ip: null },
          {
            action: 'referral.escalate',
            entityType: 'referral',
            entityId: record.id,
            gstId: record.gstId,
            details: { timer: breach.timer, dueAt: breach.dueAt, notified: heads.length + directors.length },
          },
        ),
      );
      return sendReferralNotification(tx, record, 'referral_overdue', [...heads, ...directors], {
        timer: breach.timer,
        dueAt: breach.dueAt,
      });
    });
    if (outcome) {
      escalated += 1;
      await messenger.send(outcome);
    }
  }
  return escalated;
}
