import { forbidden, type BreakGlassReviewPage, type ListBreakGlassAccessesQuery } from '@tansiq/domain';
import { insertAuditEvent, listBreakGlassAccesses, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { reviewedGstIds } from './break-glass-scope';

/**
 * The data-protection officer's list of break-the-glass accesses of their GSTs (or of one of them). The list shows
 * who opened which patient: reading it is itself audited.
 * @throws AppError forbidden when the actor reviews no GST, or not the one asked for (audited).
 */
export async function listBreakGlassAccessesForReview(
  db: Db,
  context: RequestContext,
  query: ListBreakGlassAccessesQuery,
): Promise<BreakGlassReviewPage> {
  const reviewable = reviewedGstIds(context.actor);
  const gstIds = query.gstId ? reviewable.filter((gstId) => gstId === query.gstId) : reviewable;
  if (gstIds.length === 0) {
    throw forbidden('Only the data-protection officer of the GST reviews exceptional accesses', query.gstId ?? null);
  }
  return db.transaction(async (tx) => {
    const page = await listBreakGlassAccesses(tx, { gstIds }, query);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'break_glass_access.list',
        entityType: 'break_glass_access',
        gstId: gstIds.length === 1 ? gstIds[0] : null,
        details: { status: query.status ?? null, page: query.page, accesses: page.items.length },
      }),
    );
    return { ...page, page: query.page, pageSize: query.pageSize };
  });
}
