import {
  applyApprovalAction,
  conflict,
  unprocessable,
  type ApprovalRequestRecord,
  type EditApprovalRequestInput,
} from '@tansiq/domain';
import {
  findWorkingCalendar,
  insertApprovalEvent,
  insertAuditEvent,
  setApprovalRequestConcernedUser,
  updateApprovalRequest,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { ApprovalTypeHandlers } from './approval-type-handler';
import { loadApprovalRequest } from './load-approval-request';

/**
 * Changes a draft or a returned request (issue #5 §4: an approver returns it for changes, the requester corrects it,
 * then submits it again). The subject is parsed and placed by its type as at creation: the origin cannot change, the
 * destination and the measures follow the new subject. Only the requester, at the version they saw (409 otherwise).
 * Audited with the subject before and after.
 * @throws AppError not_found, forbidden, conflict, validation_failed, unprocessable
 */
export async function editApprovalRequest(
  db: Db,
  context: RequestContext,
  handlers: ApprovalTypeHandlers,
  id: string,
  input: EditApprovalRequestInput,
): Promise<ApprovalRequestRecord> {
  return db.transaction(async (tx) => {
    const { stored, delegations, now } = await loadApprovalRequest(tx, context.actor, id, { forUpdate: true });
    const record = stored.record;
    const handler = handlers.get(record.type);
    if (!handler) {
      throw conflict(`Requests of type ${record.type} cannot be handled by this server`);
    }
    const parsed = handler.requestType.parseSubject(input.subject);
    const placed = await handler.place(tx, context.actor, record.gstId, parsed.subject);
    if (placed.originEstablishmentId !== record.originEstablishmentId) {
      throw unprocessable('The origin of a request cannot change: withdraw it and raise a new one', [
        { path: ['subject'], message: 'Another origin establishment' },
      ]);
    }
    const calendar = await findWorkingCalendar(tx, record.gstId);
    const result = applyApprovalAction(
      record,
      {
        action: 'edit',
        expectedVersion: input.version,
        changes: {
          subject: parsed.subject,
          amount: parsed.measures.amount,
          durationDays: parsed.measures.durationDays,
          destinationEstablishmentId: placed.destinationEstablishmentId,
        },
      },
      { actor: context.actor, delegations, now, calendar },
    );
    if (!(await updateApprovalRequest(tx, result.request, record.version))) {
      throw conflict('The request was changed by someone else: reload it', [], { version: record.version });
    }
    if (placed.concernedUserId !== stored.concernedUserId) {
      await setApprovalRequestConcernedUser(tx, record.gstId, record.id, placed.concernedUserId);
    }
    await insertApprovalEvent(tx, record.gstId, result.event);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'approval_request.edit',
        entityType: 'approval_request',
        entityId: record.id,
        gstId: record.gstId,
        purpose: record.type,
        details: { status: record.status, before: record.subject, after: parsed.subject },
      }),
    );
    return result.request;
  });
}
