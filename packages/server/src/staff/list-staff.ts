import { outOfScope, staffViewFor, todayInMorocco, type ListStaffQuery, type StaffPage } from '@tansiq/domain';
import { insertAuditEvent, listStaffMembers, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { seesStaffOf } from './staff-scope';
import { presentStaffListItem } from './staff-presenter';

/**
 * A page of a GST's staff. Everyone in the GST with a directory role sees names and roles; the status and primary
 * establishment show only on lines the actor sees in full. The search is audited with its filters.
 * @throws AppError not_found when the actor has no role in that GST that sees staff.
 */
export function listStaff(db: Db, context: RequestContext, query: ListStaffQuery): Promise<StaffPage> {
  const { actor } = context;
  if (!seesStaffOf(actor, query.gstId)) {
    throw outOfScope('GST', query.gstId);
  }
  return db.transaction(async (tx) => {
    const day = todayInMorocco();
    const { rows, total } = await listStaffMembers(tx, query, day);
    const items = rows.map((row) => {
      const view = staffViewFor(actor, {
        ...row,
        gstId: row.member.gstId,
        userId: row.member.userId,
        primaryEstablishmentId: null,
      });
      return presentStaffListItem(row, view === 'full' ? 'full' : 'directory');
    });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staff_member.search',
        entityType: 'staff_member',
        gstId: query.gstId,
        details: { filters: { ...query }, results: items.length },
      }),
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  });
}
