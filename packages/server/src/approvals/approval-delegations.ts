import { randomUUID } from 'node:crypto';
import {
  forbidden,
  notFound,
  validationFailed,
  type Actor,
  type ApprovalDelegationView,
  type CreateApprovalDelegationInput,
} from '@tansiq/domain';
import {
  findApprovalDelegation,
  findUserById,
  insertApprovalDelegation,
  insertAuditEvent,
  listUserDelegations,
  revokeApprovalDelegation,
  type Db,
  type StoredApprovalDelegation,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';

const present = (d: StoredApprovalDelegation): ApprovalDelegationView => ({
  id: d.id,
  approver: { id: d.approverUserId, displayName: d.approverName },
  delegate: { id: d.delegateUserId, displayName: d.delegateName },
  validFrom: d.validFrom,
  validTo: d.validTo,
  requestTypes: d.requestTypes,
  reason: d.reason,
  revokedAt: d.revokedAt,
});

/** The GST of the actor's approver roles (a delegation lives in one GST). */
function homeGstOf(actor: Actor): string {
  const gstId = actor.assignments.find((assignment) => assignment.gstId !== null)?.gstId;
  if (!gstId) {
    throw forbidden('Only the staff of a GST delegate their approvals');
  }
  return gstId;
}

/**
 * An approver delegates their decisions while absent, to a user of the same GST (issue #5 §4). Audited.
 * @throws AppError forbidden, validation_failed (unknown delegate, oneself)
 */
export async function createApprovalDelegation(
  db: Db,
  context: RequestContext,
  input: CreateApprovalDelegationInput,
): Promise<ApprovalDelegationView> {
  const gstId = homeGstOf(context.actor);
  return db.transaction(async (tx) => {
    const delegate = await findUserById(tx, input.delegateUserId);
    const sameGst = delegate?.assignments.some((assignment) => assignment.gstId === gstId) ?? false;
    if (!delegate || !sameGst || delegate.id === context.actor.userId) {
      throw validationFailed('Choose another user of your GST', [
        { path: ['delegateUserId'], message: 'Not a possible delegate' },
      ]);
    }
    const id = randomUUID();
    await insertApprovalDelegation(tx, { id, gstId, approverUserId: context.actor.userId, ...input });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'approval_delegation.create',
        entityType: 'approval_delegation',
        entityId: id,
        gstId,
        details: { delegateUserId: input.delegateUserId, validFrom: input.validFrom, validTo: input.validTo },
      }),
    );
    const stored = await findApprovalDelegation(tx, id);
    if (!stored) {
      throw notFound('approval delegation');
    }
    return present(stored);
  });
}

/** The delegations the actor gave or received. */
export async function listApprovalDelegations(db: Db, actor: Actor): Promise<{ items: ApprovalDelegationView[] }> {
  return { items: (await listUserDelegations(db, actor.userId)).map(present) };
}

/**
 * Revokes one of the actor's delegations (only its approver may).
 * @throws AppError not_found, forbidden
 */
export async function revokeDelegation(db: Db, context: RequestContext, id: string): Promise<ApprovalDelegationView> {
  return db.transaction(async (tx) => {
    const stored = await findApprovalDelegation(tx, id);
    if (!stored || (stored.approverUserId !== context.actor.userId && stored.delegateUserId !== context.actor.userId)) {
      throw notFound('approval delegation');
    }
    if (stored.approverUserId !== context.actor.userId) {
      throw forbidden('Only the approver revokes a delegation', stored.gstId);
    }
    await revokeApprovalDelegation(tx, stored.gstId, id);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'approval_delegation.revoke',
        entityType: 'approval_delegation',
        entityId: id,
        gstId: stored.gstId,
      }),
    );
    const revoked = await findApprovalDelegation(tx, id);
    return present(revoked ?? stored);
  });
}
