import type { ApprovalRequestView } from '@tansiq/domain';
import {
  findUserNames,
  insertAuditEvent,
  listApprovalEvents,
  listAttachments,
  type Db,
  type Executor,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { presentApprovalRequest } from './approval-presenter';
import { loadApprovalRequest, type ApprovalRequestAccess } from './load-approval-request';

/** Presents a loaded request with its history, files and the names of its deciders. */
export async function readApprovalRequest(
  executor: Executor,
  context: RequestContext,
  access: ApprovalRequestAccess,
): Promise<ApprovalRequestView> {
  const { stored } = access;
  const events = await listApprovalEvents(executor, stored.record.gstId, stored.record.id);
  const attachments = await listAttachments(executor, stored.record.gstId, 'approval_request', stored.record.id);
  const deciders = stored.record.steps.flatMap((step) =>
    [step.decidedByUserId, step.onBehalfOfUserId].filter((id): id is string => id !== null),
  );
  const names = await findUserNames(executor, deciders);
  return presentApprovalRequest(stored, { ...access, actor: context.actor, events, attachments, names });
}

/**
 * Opens a request (its subject may be staff data: the read is audited).
 * @throws AppError not_found
 */
export async function getApprovalRequest(db: Db, context: RequestContext, id: string): Promise<ApprovalRequestView> {
  return db.transaction(async (tx) => {
    const access = await loadApprovalRequest(tx, context.actor, id);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'approval_request.read',
        entityType: 'approval_request',
        entityId: id,
        gstId: access.stored.record.gstId,
        purpose: access.stored.record.type,
      }),
    );
    return readApprovalRequest(tx, context, access);
  });
}
