import {
  authorize,
  canManageGstHolidays,
  canViewServiceDirectory,
  notFound,
  type GstHoliday,
  type ReplaceGstHolidaysInput,
} from '@tansiq/domain';
import { findGstById, insertAuditEvent, listGstHolidays, replaceGstHolidays, type Db, type Executor } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';

async function loadGst(executor: Executor, gstId: string) {
  const gst = await findGstById(executor, gstId);
  if (!gst) {
    throw notFound('GST');
  }
  return gst;
}

/**
 * The public holidays of a GST's working calendar (everyone working in the GST reads them).
 * @throws AppError not_found when the GST does not exist or the actor does not work in it.
 */
export async function getGstHolidays(db: Db, context: RequestContext, gstId: string): Promise<GstHoliday[]> {
  await loadGst(db, gstId);
  authorize({ visible: canViewServiceDirectory(context.actor, gstId), allowed: true, entity: 'GST', gstId });
  return listGstHolidays(db, gstId);
}

/**
 * Replaces a GST's public holidays of the given years (its administrators): sessions and referral timers follow.
 * @throws AppError not_found, forbidden.
 */
export async function updateGstHolidays(
  db: Db,
  context: RequestContext,
  gstId: string,
  input: ReplaceGstHolidaysInput,
): Promise<GstHoliday[]> {
  return db.transaction(async (tx) => {
    await loadGst(tx, gstId);
    authorize({
      visible: canViewServiceDirectory(context.actor, gstId),
      allowed: canManageGstHolidays(context.actor, gstId),
      entity: 'GST',
      gstId,
    });
    await replaceGstHolidays(tx, gstId, input.years, input.holidays);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'gst_holidays.replace',
        entityType: 'gst',
        entityId: gstId,
        gstId,
        details: { years: input.years, days: input.holidays.map((holiday) => holiday.day) },
      }),
    );
    return listGstHolidays(tx, gstId);
  });
}
