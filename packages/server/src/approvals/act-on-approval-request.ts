import { applyApprovalAction, conflict, type ApprovalCommand, type ApprovalRequestRecord } from '@tansiq/domain';
import {
  findWorkingCalendar,
  insertApprovalEvent,
  insertAuditEvent,
  updateApprovalRequest,
  type Db,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { requestTypeConfigFor } from './approval-config';
import { notifyApprovalStep } from './approval-notifications';
import type { ApprovalTypeHandler, ApprovalTypeHandlers } from './approval-type-handler';
import { loadApprovalRequest } from './load-approval-request';

/** An action as the routes receive it (submit's configuration is looked up here). */
export type ApprovalActionInput =
  | { action: 'submit' | 'approve' | 'withdraw'; version: number; comment: string | null }
  | { action: 'reject' | 'return'; version: number; comment: string }
  | { action: 'comment'; comment: string };

async function toCommand(
  tx: Tx,
  record: ApprovalRequestRecord,
  handler: ApprovalTypeHandler,
  input: ApprovalActionInput,
): Promise<ApprovalCommand> {
  switch (input.action) {
    case 'submit': {
      const config = await requestTypeConfigFor(tx, record.gstId, handler);
      return { action: 'submit', expectedVersion: input.version, config, comment: input.comment };
    }
    case 'approve':
    case 'withdraw':
      return { action: input.action, expectedVersion: input.version, comment: input.comment };
    case 'reject':
    case 'return':
      return { action: input.action, expectedVersion: input.version, comment: input.comment };
    case 'comment':
      return { action: 'comment', comment: input.comment };
  }
}

/**
 * Takes one action on a request (issue #5 §4). The domain decides (403 not in the chain, 409 with the status and the
 * allowed actions when stale, withdrawn or not the actor's step); the update only applies at the version read, so of
 * two concurrent approvals of a step exactly one wins; the final approval applies the request (the mobility's
 * assignment) in the same transaction, so a broken rule there (422) leaves nothing written.
 * @throws AppError not_found, forbidden, conflict, unprocessable
 */
export async function actOnApprovalRequest(
  db: Db,
  context: RequestContext,
  handlers: ApprovalTypeHandlers,
  id: string,
  input: ApprovalActionInput,
  outbox: OutboundMessage[],
): Promise<ApprovalRequestRecord> {
  return db.transaction(async (tx) => {
    // The row lock makes a concurrent decision wait, then see the new version (409) before applying anything.
    const { stored, delegations, now } = await loadApprovalRequest(tx, context.actor, id, { forUpdate: true });
    const record = stored.record;
    const handler = handlers.get(record.type);
    if (!handler) {
      throw conflict(`Requests of type ${record.type} cannot be handled by this server`);
    }
    const command = await toCommand(tx, record, handler, input);
    const calendar = await findWorkingCalendar(tx, record.gstId);
    const result = applyApprovalAction(record, command, { actor: context.actor, delegations, now, calendar });
    const outcome = result.request.status === 'approved' ? await handler.onApproved(tx, context, result.request) : null;
    if (input.action !== 'comment' && !(await updateApprovalRequest(tx, result.request, record.version, outcome))) {
      throw conflict('The request was changed by someone else: reload it', [], { version: record.version });
    }
    await insertApprovalEvent(tx, record.gstId, result.event);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: `approval_request.${input.action}`,
        entityType: 'approval_request',
        entityId: record.id,
        gstId: record.gstId,
        purpose: record.type,
        details: {
          from: record.status,
          to: result.request.status,
          stepIndex: result.event.stepIndex,
          onBehalfOf: result.event.onBehalfOfUserId,
          ...(outcome ?? {}),
        },
      }),
    );
    if (input.action !== 'comment') {
      outbox.push(...(await notifyApprovalStep(tx, result.request, context.actor.userId, stored.concernedUserId)));
    }
    return result.request;
  });
}
