import {
  authorize,
  canViewTeleexpertiseWorklists,
  notFound,
  type ListTeleexpertiseQuery,
  type TeleexpertisePage,
} from '@tansiq/domain';
import { findEstablishmentById, insertAuditEvent, listTeleexpertiseListings, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { presentTeleexpertiseSummary } from './teleexpertise-presenter';

/**
 * One page of an establishment's tele-expertise worklist (asker's side: mine, from here; specialists' side: to answer,
 * answered), for its clinicians. Audited with the requests it showed.
 * @throws AppError not_found (establishment outside the actor's GSTs), forbidden (not a clinician there).
 */
export async function listTeleexpertise(
  db: Db,
  context: RequestContext,
  query: ListTeleexpertiseQuery,
): Promise<TeleexpertisePage> {
  return db.transaction(async (tx) => {
    const establishment = await findEstablishmentById(tx, query.establishmentId);
    if (!establishment) {
      throw notFound('establishment');
    }
    const gstId = establishment.gstId;
    const allowed = canViewTeleexpertiseWorklists(context.actor, { gstId, establishmentId: establishment.id });
    authorize({
      visible: allowed || context.actor.assignments.some((assignment) => assignment.gstId === gstId),
      allowed,
      entity: 'establishment',
      gstId,
    });
    const { items, total } = await listTeleexpertiseListings(tx, gstId, {
      worklist: query.worklist,
      establishmentId: establishment.id,
      userId: context.actor.userId,
      page: query.page,
      pageSize: query.pageSize,
    });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'teleexpertise.list',
        entityType: 'establishment',
        entityId: establishment.id,
        gstId,
        purpose: 'worklist',
        details: { worklist: query.worklist, teleexpertiseIds: items.map((item) => item.record.id) },
      }),
    );
    const now = new Date();
    return {
      items: items.map((item) => presentTeleexpertiseSummary(item, now)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}
