import { findOverdueApprovalStep } from '@tansiq/domain';
import { flagOverdueStep, insertAuditEvent, listPendingApprovalRequests, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { systemRequestId } from '../audit/system-request-id';
import type { Messenger } from '../notifications/messenger';
import { notifyOverdueStep } from './approval-notifications';

/**
 * Flags every step past its due date once (issue #5 §4): its approvers are reminded, the flag and its audit event
 * are written by the system. Sweeps all GSTs (explicit system scope). Returns how many steps were flagged.
 */
export async function flagOverdueApprovalSteps(
  db: Db,
  messenger: Messenger,
  now: Date = new Date(),
  batchSize = 500,
): Promise<number> {
  const pending = await listPendingApprovalRequests(db, batchSize);
  let flagged = 0;
  for (const stored of pending) {
    const overdue = findOverdueApprovalStep(stored.record, now);
    if (!overdue || stored.overdueFlaggedStep === overdue.stepIndex) {
      continue;
    }
    const messages = await db.transaction(async (tx) => {
      if (!(await flagOverdueStep(tx, stored.record.gstId, stored.record.id, overdue.stepIndex))) {
        return undefined;
      }
      await insertAuditEvent(
        tx,
        auditEventFor(
          { actor: null, requestId: systemRequestId(), ip: null },
          {
            action: 'approval_request.overdue',
            entityType: 'approval_request',
            entityId: stored.record.id,
            gstId: stored.record.gstId,
            details: { stepIndex: overdue.stepIndex, dueAt: overdue.dueAt, overdueHours: overdue.overdueHours },
          },
        ),
      );
      return notifyOverdueStep(tx, stored.record, overdue.stepIndex);
    });
    if (messages) {
      flagged += 1;
      await messenger.send(messages);
    }
  }
  return flagged;
}
