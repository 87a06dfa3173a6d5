import { notFound, type StaffMemberChange, type StaffMemberDetail } from '@tansiq/domain';
import {
  findStaffMemberByUserId,
  insertAuditEvent,
  listStaffLeaves,
  listStaffMemberChanges,
  type Db,
  type Executor,
} from '@tansiq/db';
import { authorize } from '@tansiq/domain';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadStaffMember } from './load-staff-member';
import { presentStaffMemberDetail } from './staff-presenter';

async function detailOf(tx: Executor, context: RequestContext, id: string): Promise<StaffMemberDetail> {
  const loaded = await loadStaffMember(tx, context.actor, id);
  if (loaded.view === 'directory') {
    return presentStaffMemberDetail(context.actor, loaded, []);
  }
  const leaves = await listStaffLeaves(tx, loaded.member.gstId, id);
  await insertAuditEvent(
    tx,
    auditEventFor(context, {
      action: 'staff_member.read',
      entityType: 'staff_member',
      entityId: id,
      gstId: loaded.member.gstId,
    }),
  );
  return presentStaffMemberDetail(context.actor, loaded, leaves);
}

/**
 * A staff member's page: the full record (read audited) or the directory entry.
 * @throws AppError not_found (no such staff member, or outside what the actor may see).
 */
export function getStaffMember(db: Db, context: RequestContext, id: string): Promise<StaffMemberDetail> {
  return db.transaction((tx) => detailOf(tx, context, id));
}

/**
 * The actor's own staff record in a GST ("my record").
 * @throws AppError not_found when the actor's account is linked to no staff record there.
 */
export function getOwnStaffMember(db: Db, context: RequestContext, gstId: string): Promise<StaffMemberDetail> {
  return db.transaction(async (tx) => {
    const own = await findStaffMemberByUserId(tx, gstId, context.actor.userId);
    if (!own) {
      throw notFound('staff member');
    }
    return detailOf(tx, context, own.id);
  });
}

/**
 * The history of a staff record; only for those who see the full record. The read is audited.
 * @throws AppError not_found, forbidden (directory view only).
 */
export function getStaffMemberHistory(db: Db, context: RequestContext, id: string): Promise<StaffMemberChange[]> {
  return db.transaction(async (tx) => {
    const loaded = await loadStaffMember(tx, context.actor, id);
    const gstId = loaded.member.gstId;
    authorize({ visible: true, allowed: loaded.view === 'full', entity: 'staff member', gstId });
    await insertAuditEvent(
      tx,
      auditEventFor(context, { action: 'staff_member.history_read', entityType: 'staff_member', entityId: id, gstId }),
    );
    return listStaffMemberChanges(tx, gstId, id);
  });
}
