import {
  assertLeaveChange,
  authorize,
  canManageStaffLeave,
  conflict,
  notFound,
  type LeaveInput,
  type StaffMemberDetail,
} from '@tansiq/domain';
import {
  cancelStaffLeave,
  insertAuditEvent,
  insertStaffLeaves,
  listStaffLeaves,
  lockStaffMember,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { getStaffMember } from './get-staff-member';
import { loadStaffMember } from './load-staff-member';

/**
 * Records a leave or absence; it may not overlap another leave nor fall outside the employment.
 * @throws AppError not_found, forbidden, unprocessable (rule broken, with the overlapping leave).
 */
export async function addStaffLeave(
  db: Db,
  context: RequestContext,
  staffMemberId: string,
  input: LeaveInput,
): Promise<StaffMemberDetail> {
  await db.transaction(async (tx) => {
    const { member, target } = await loadStaffMember(tx, context.actor, staffMemberId);
    const gstId = member.gstId;
    authorize({ visible: true, allowed: canManageStaffLeave(context.actor, target), entity: 'staff member', gstId });
    await lockStaffMember(tx, gstId, staffMemberId);
    const existing = (await listStaffLeaves(tx, gstId, staffMemberId)).filter((leave) => leave.cancelledAt === null);
    assertLeaveChange(existing, { ...input, id: null }, member);
    const [id] = await insertStaffLeaves(tx, gstId, [{ ...input, staffMemberId }], context.actor.userId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staff_leave.create',
        entityType: 'staff_member',
        entityId: staffMemberId,
        gstId,
        details: { leaveId: id, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn },
      }),
    );
  });
  return getStaffMember(db, context, staffMemberId);
}

/**
 * Cancels a leave (kept in the history).
 * @throws AppError not_found, forbidden, conflict (already cancelled).
 */
export async function cancelStaffLeaveOf(
  db: Db,
  context: RequestContext,
  staffMemberId: string,
  leaveId: string,
): Promise<StaffMemberDetail> {
  await db.transaction(async (tx) => {
    const { member, target } = await loadStaffMember(tx, context.actor, staffMemberId);
    const gstId = member.gstId;
    const leave = (await listStaffLeaves(tx, gstId, staffMemberId)).find((item) => item.id === leaveId);
    if (!leave) {
      throw notFound('leave');
    }
    authorize({ visible: true, allowed: canManageStaffLeave(context.actor, target), entity: 'staff member', gstId });
    if (leave.cancelledAt !== null) {
      throw conflict('This leave is already cancelled');
    }
    await cancelStaffLeave(tx, gstId, leaveId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staff_leave.cancel',
        entityType: 'staff_member',
        entityId: staffMemberId,
        gstId,
        details: { leaveId, kind: leave.kind, startsOn: leave.startsOn, endsOn: leave.endsOn },
      }),
    );
  });
  return getStaffMember(db, context, staffMemberId);
}
