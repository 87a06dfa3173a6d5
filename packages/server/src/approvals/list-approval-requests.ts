import { canDecideStep, moroccoDay, type ApprovalRequestList, type ListApprovalRequestsQuery } from '@tansiq/domain';
import { insertAuditEvent, listActiveDelegationsTo, listApprovalRequests, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { presentApprovalSummary } from './approval-presenter';

const MAX_ITEMS = 200;

/**
 * A worklist: `mine` (raised by the actor or about them), `to_decide` (the current step is the actor's, in person or
 * as an active delegate; most overdue first) or `decided` (steps the actor decided). Audited as a staff-data read.
 */
export async function listApprovalRequestsFor(
  db: Db,
  context: RequestContext,
  query: ListApprovalRequestsQuery,
): Promise<ApprovalRequestList> {
  const { actor } = context;
  const now = new Date();
  return db.transaction(async (tx) => {
    const options = { ...(query.type === undefined ? {} : { type: query.type }), limit: MAX_ITEMS };
    let items;
    if (query.view === 'to_decide') {
      const delegations = await listActiveDelegationsTo(tx, actor.userId, moroccoDay(now));
      const gstIds = [
        ...new Set([...actor.assignments.map((a) => a.gstId), ...delegations.map((d) => d.gstId)]),
      ].filter((id): id is string => id !== null);
      const pending = await listApprovalRequests(tx, { kind: 'pending', gstIds }, { ...options, limit: 2_000 });
      items = pending
        .filter((stored) => canDecideStep(actor, stored.record, delegations, now))
        .map((stored) => presentApprovalSummary(stored, now))
        .sort((a, b) => (a.currentDueAt ?? '').localeCompare(b.currentDueAt ?? ''))
        .slice(0, MAX_ITEMS);
    } else {
      const filter =
        query.view === 'mine'
          ? { kind: 'mine' as const, userId: actor.userId }
          : { kind: 'decided_by' as const, userId: actor.userId };
      items = (await listApprovalRequests(tx, filter, options)).map((stored) => presentApprovalSummary(stored, now));
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'approval_request.list',
        entityType: 'approval_request',
        gstId: actor.assignments[0]?.gstId ?? null,
        details: { view: query.view, count: items.length },
      }),
    );
    return { items };
  });
}
