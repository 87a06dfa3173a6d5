import { approverTarget, todayInMorocco, type ApprovalRequestRecord } from '@tansiq/domain';
import { listUserIdsWithRoleAt, type Tx } from '@tansiq/db';
import type { OutboundMessage } from '../notifications/messenger';
import { sendNotification, type NotifiedRecord } from '../notifications/notify';

/** The notifications the approvals send. */
export const approvalNotificationKinds = [
  'approval_to_decide',
  'approval_approved',
  'approval_rejected',
  'approval_returned',
  'approval_overdue',
] as const;
export type ApprovalNotificationKind = (typeof approvalNotificationKinds)[number];

const notified = (request: ApprovalRequestRecord): NotifiedRecord => ({
  gstId: request.gstId,
  id: request.id,
  number: request.id.slice(0, 8).toUpperCase(),
  entityType: 'approval_request',
  link: `/approvals/${request.id}`,
  authorUserId: request.requesterUserId,
  originEstablishmentId: request.originEstablishmentId,
  destinationEstablishmentId: request.destinationEstablishmentId ?? request.originEstablishmentId,
  params: { type: request.type },
});

/** The users who hold the approver role of a step of a request today (in person; delegates see it in their list). */
export async function stepApproverIds(tx: Tx, request: ApprovalRequestRecord, stepIndex: number): Promise<string[]> {
  const step = request.steps[stepIndex];
  const target = step ? approverTarget(request, step.approver) : undefined;
  if (!step || !target) {
    return [];
  }
  const ids = await listUserIdsWithRoleAt(
    tx,
    { gstId: target.gstId, establishmentId: target.establishmentId ?? null },
    [step.approver.role],
    todayInMorocco(),
  );
  return ids.filter((id) => id !== request.requesterUserId);
}

/**
 * Tells whoever must act next: the approvers of the current step while pending, the requester once decided or
 * returned, and the person the request is about once decided (a nurse learns of her mission). The actor is never
 * notified of their own action. Returns the messages to send after the commit.
 */
export async function notifyApprovalStep(
  tx: Tx,
  request: ApprovalRequestRecord,
  actorUserId: string,
  concernedUserId: string | null = null,
): Promise<OutboundMessage[]> {
  const requesterKinds = {
    approved: 'approval_approved',
    rejected: 'approval_rejected',
    returned: 'approval_returned',
  } as const;
  if (request.status === 'pending' && request.currentStep !== null) {
    const approvers = (await stepApproverIds(tx, request, request.currentStep)).filter((id) => id !== actorUserId);
    return sendNotification(tx, notified(request), 'approval_to_decide', approvers, {});
  }
  if (request.status === 'approved' || request.status === 'rejected' || request.status === 'returned') {
    const decided = request.status !== 'returned' && concernedUserId !== null ? [concernedUserId] : [];
    const recipients = [...new Set([request.requesterUserId, ...decided])].filter((id) => id !== actorUserId);
    return sendNotification(tx, notified(request), requesterKinds[request.status], recipients, {});
  }
  return [];
}

/** Reminds the approvers of a late step (the sweeper). */
export async function notifyOverdueStep(
  tx: Tx,
  request: ApprovalRequestRecord,
  stepIndex: number,
): Promise<OutboundMessage[]> {
  const approvers = await stepApproverIds(tx, request, stepIndex);
  return sendNotification(tx, notified(request), 'approval_overdue', approvers, { stepIndex });
}
