import {
  authorize,
  canViewReferralWorklists,
  notFound,
  type ListReferralsQuery,
  type ReferralPage,
} from '@tansiq/domain';
import { findEstablishmentById, insertAuditEvent, listReferralListings, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { presentReferralSummary } from './referral-presenter';

/**
 * One page of an establishment's worklist (sender side: mine, from here, to close; destination side: to triage, to
 * book, upcoming, to counter-refer; both: overdue, closed), for its care staff. The list is audited with the referrals
 * it showed.
 * @throws AppError not_found (establishment outside the actor's GSTs), forbidden (not care staff there).
 */
export async function listReferrals(db: Db, context: RequestContext, query: ListReferralsQuery): Promise<ReferralPage> {
  return db.transaction(async (tx) => {
    const establishment = await findEstablishmentById(tx, query.establishmentId);
    if (!establishment) {
      throw notFound('establishment');
    }
    const gstId = establishment.gstId;
    const allowed = canViewReferralWorklists(context.actor, { gstId, establishmentId: establishment.id });
    authorize({
      visible: allowed || context.actor.assignments.some((assignment) => assignment.gstId === gstId),
      allowed,
      entity: 'establishment',
      gstId,
    });
    const { items, total } = await listReferralListings(tx, gstId, {
      worklist: query.worklist,
      establishmentId: establishment.id,
      userId: context.actor.userId,
      specialtyCode: query.specialtyCode,
      urgency: query.urgency,
      page: query.page,
      pageSize: query.pageSize,
    });
    const now = new Date();
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'referral.list',
        entityType: 'establishment',
        entityId: establishment.id,
        gstId,
        purpose: 'worklist',
        details: { worklist: query.worklist, referralIds: items.map((item) => item.record.id) },
      }),
    );
    return {
      items: items.map((item) => presentReferralSummary(item, now)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
