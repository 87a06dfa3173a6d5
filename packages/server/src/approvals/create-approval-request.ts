import { randomUUID } from 'node:crypto';
import {
  applyApprovalAction,
  draftApprovalRequest,
  outOfScope,
  parseRequestSubject,
  validationFailed,
  type ApprovalRequestRecord,
  type CreateApprovalRequestInput,
} from '@tansiq/domain';
import {
  findEstablishmentById,
  findWorkingCalendar,
  insertApprovalEvent,
  insertApprovalRequest,
  insertAuditEvent,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { requestTypeConfigFor } from './approval-config';
import { notifyApprovalStep } from './approval-notifications';
import type { ApprovalTypeHandlers } from './approval-type-handler';

function checkPlacement(
  input: CreateApprovalRequestInput,
  placed: { originEstablishmentId: string; destinationEstablishmentId: string | null },
) {
  if (
    placed.originEstablishmentId !== input.originEstablishmentId ||
    placed.destinationEstablishmentId !== input.destinationEstablishmentId
  ) {
    throw validationFailed('The establishments do not match the request', [
      { path: ['originEstablishmentId'], message: 'Must be the establishments of the subject' },
    ]);
  }
}

/**
 * Raises a request (issue #5 §4): the subject is parsed and measured by its type, the type says who may raise it,
 * and submitting selects the chain from the GST's configuration (copied onto the request). The request, its events,
 * its audit event and the first approver's notification are written in one transaction.
 * @throws AppError validation_failed, not_found (origin outside the actor's GST), forbidden, unprocessable (no chain)
 */
export async function createApprovalRequest(
  db: Db,
  context: RequestContext,
  handlers: ApprovalTypeHandlers,
  input: CreateApprovalRequestInput,
  outbox: OutboundMessage[],
): Promise<ApprovalRequestRecord> {
  const parsed = parseRequestSubject(
    new Map([...handlers].map(([type, handler]) => [type, handler.requestType])),
    input.type,
    input.subject,
  );
  const handler = handlers.get(input.type);
  return db.transaction(async (tx) => {
    const origin = await findEstablishmentById(tx, input.originEstablishmentId);
    const gstId = origin?.gstId;
    if (!handler || !gstId || !context.actor.assignments.some((assignment) => assignment.gstId === gstId)) {
      throw outOfScope('establishment');
    }
    const placed = await handler.place(tx, context.actor, gstId, parsed.subject);
    checkPlacement(input, placed);
    const now = new Date();
    const draft = draftApprovalRequest({
      id: randomUUID(),
      gstId,
      type: input.type,
      parsed,
      requesterUserId: context.actor.userId,
      ...placed,
      now,
    });
    const created = {
      requestId: draft.id,
      fromStatus: 'draft',
      toStatus: 'draft',
      stepIndex: null,
      actorUserId: context.actor.userId,
      onBehalfOfUserId: null,
      comment: null,
      occurredAt: now.toISOString(),
    } as const;
    let record = draft;
    if (input.submit) {
      const config = await requestTypeConfigFor(tx, gstId, handler);
      const context_ = { actor: context.actor, delegations: [], now, calendar: await findWorkingCalendar(tx, gstId) };
      const submitted = applyApprovalAction(
        draft,
        { action: 'submit', expectedVersion: 1, config, comment: null },
        context_,
      );
      record = submitted.request;
      await insertApprovalRequest(tx, record, placed.concernedUserId);
      await insertApprovalEvent(tx, gstId, { ...created, action: 'create' });
      await insertApprovalEvent(tx, gstId, submitted.event);
    } else {
      await insertApprovalRequest(tx, record, placed.concernedUserId);
      await insertApprovalEvent(tx, gstId, { ...created, action: 'create' });
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: `approval_request.create`,
        entityType: 'approval_request',
        entityId: record.id,
        gstId,
        purpose: input.type,
        details: { type: input.type, status: record.status, steps: record.steps.length },
      }),
    );
    outbox.push(...(await notifyApprovalStep(tx, record, context.actor.userId)));
    return record;
  });
}
