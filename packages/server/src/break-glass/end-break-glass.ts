import {
  authorize,
  breakGlassDurationMinutes,
  canEndBreakGlass,
  conflict,
  notFound,
  type BreakGlassAccess,
} from '@tansiq/domain';
import { endBreakGlassAccess, findBreakGlassAccessById, insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { worksInGst } from './break-glass-scope';

/**
 * Ends one's own break-the-glass access before it runs out; audited as the stop of the access.
 * @throws AppError not_found (unknown, or in a GST the actor does not work in), forbidden (someone else's access),
 * conflict (already ended or run out).
 */
export async function endBreakGlass(db: Db, context: RequestContext, id: string): Promise<BreakGlassAccess> {
  return db.transaction(async (tx) => {
    const access = await findBreakGlassAccessById(tx, id);
    if (!access) {
      throw notFound('break-the-glass access');
    }
    authorize({
      visible: worksInGst(context.actor, access.gstId),
      allowed: canEndBreakGlass(context.actor, access),
      entity: 'break-the-glass access',
      gstId: access.gstId,
    });
    const ended = await endBreakGlassAccess(tx, access.gstId, id);
    if (!ended) {
      throw conflict('This exceptional access has already ended');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.break_glass.end',
        entityType: 'break_glass_access',
        entityId: id,
        gstId: access.gstId,
        patientId: access.patientId,
        purpose: 'break_glass',
        details: { endedBy: 'user', durationMinutes: breakGlassDurationMinutes(ended) },
      }),
    );
    return ended;
  });
}
