import {
  authorize,
  canReviewBreakGlass,
  canReviewBreakGlassAccess,
  conflict,
  notFound,
  type BreakGlassAccess,
  type ReviewBreakGlassInput,
} from '@tansiq/domain';
import { findBreakGlassAccessById, insertAuditEvent, reviewBreakGlassAccess, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { worksInGst } from './break-glass-scope';

/**
 * The DPO's decision on a break-the-glass access: justified, or unjustified with a note. Each access is reviewed once;
 * nobody reviews their own.
 * @throws AppError not_found (unknown, or another GST), forbidden (not the GST's DPO, or one's own access),
 * conflict (already reviewed).
 */
export async function reviewBreakGlass(
  db: Db,
  context: RequestContext,
  id: string,
  input: ReviewBreakGlassInput,
): Promise<BreakGlassAccess> {
  return db.transaction(async (tx) => {
    const access = await findBreakGlassAccessById(tx, id);
    if (!access) {
      throw notFound('break-the-glass access');
    }
    authorize({
      visible: worksInGst(context.actor, access.gstId),
      allowed: canReviewBreakGlass(context.actor, access.gstId) && canReviewBreakGlassAccess(context.actor, access),
      entity: 'break-the-glass access',
      gstId: access.gstId,
    });
    const reviewed = await reviewBreakGlassAccess(tx, access.gstId, id, input, context.actor.userId);
    if (!reviewed) {
      throw conflict('This exceptional access has already been reviewed');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.break_glass.review',
        entityType: 'break_glass_access',
        entityId: id,
        gstId: access.gstId,
        patientId: access.patientId,
        details: { decision: input.decision, userId: access.userId },
      }),
    );
    return reviewed;
  });
}
