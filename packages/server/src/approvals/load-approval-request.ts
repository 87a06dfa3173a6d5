import { canViewApprovalRequest, moroccoDay, outOfScope, type Actor, type ApprovalDelegation } from '@tansiq/domain';
import { findApprovalRequest, listActiveDelegationsTo, type Executor, type StoredApprovalRequest } from '@tansiq/db';

/** A request as an actor may see it, with the delegations the actor holds today. */
export interface ApprovalRequestAccess {
  stored: StoredApprovalRequest;
  delegations: ApprovalDelegation[];
  now: Date;
}

/** Whether the actor may open the request: requester, approver (or delegate) of its chain, or the person concerned. */
export const canOpenApprovalRequest = (
  actor: Actor,
  stored: StoredApprovalRequest,
  delegations: readonly ApprovalDelegation[],
  now: Date,
): boolean => stored.concernedUserId === actor.userId || canViewApprovalRequest(actor, stored.record, delegations, now);

/**
 * Loads a request and checks the actor may see it (load, then authorize).
 * @throws AppError not_found when it does not exist or the actor is no party to it (404, not 403: no existence leak)
 */
export async function loadApprovalRequest(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ApprovalRequestAccess> {
  const now = new Date();
  const stored = await findApprovalRequest(executor, id, options);
  const delegations = await listActiveDelegationsTo(executor, actor.userId, moroccoDay(now));
  if (!stored || !canOpenApprovalRequest(actor, stored, delegations, now)) {
    throw outOfScope('approval request', stored?.record.gstId ?? null);
  }
  return { stored, delegations, now };
}
