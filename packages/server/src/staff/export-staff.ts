import { authorize, canImportStaff, staffToCsvRow, todayInMorocco, toStaffCsv } from '@tansiq/domain';
import { insertAuditEvent, listAllStaffMembers, listPrimaryAssignmentsByCode, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { seesStaffOf } from './staff-scope';

/**
 * The GST's whole staff file as CSV (the import template's columns), for its HR officers; audited.
 * @throws AppError not_found, forbidden.
 */
export async function exportStaff(db: Db, context: RequestContext, gstId: string): Promise<string> {
  const visible = seesStaffOf(context.actor, gstId);
  authorize({ visible, allowed: canImportStaff(context.actor, gstId), entity: 'GST', gstId });
  return db.transaction(async (tx) => {
    const members = await listAllStaffMembers(tx, gstId);
    const primaries = await listPrimaryAssignmentsByCode(tx, gstId, todayInMorocco());
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staff_member.export',
        entityType: 'staff_member',
        gstId,
        details: { rows: members.length },
      }),
    );
    return toStaffCsv(members.map((member) => staffToCsvRow(member, primaries.get(member.id) ?? null)));
  });
}
