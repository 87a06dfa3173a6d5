import { randomUUID } from 'node:crypto';
import {
  assertStaffAssignmentChange,
  authorize,
  canManageStaffAssignment,
  conflict,
  notFound,
  type AssignmentPeriod,
  type EndStaffAssignmentInput,
  type StaffAssignmentInput,
  type StaffMemberDetail,
} from '@tansiq/domain';
import {
  endStaffAssignment,
  insertAuditEvent,
  insertStaffAssignments,
  listEstablishmentStandings,
  listStaffAssignments,
  lockStaffMember,
  type Db,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { getStaffMember } from './get-staff-member';
import { loadStaffMember } from './load-staff-member';

/** Checks a change against the person's other assignments (read under the row lock) and the establishments. */
async function checkAssignmentChange(
  tx: Tx,
  member: { gstId: string; id: string; employedFrom: string; employedTo: string | null },
  change: AssignmentPeriod,
): Promise<void> {
  await lockStaffMember(tx, member.gstId, member.id);
  const existing = await listStaffAssignments(tx, member.gstId, member.id);
  const ids = [...new Set([...existing.map((item) => item.establishmentId), change.establishmentId])];
  const establishments = await listEstablishmentStandings(tx, member.gstId, ids);
  assertStaffAssignmentChange(existing, change, { establishments, employment: member });
}

/**
 * Adds an assignment (primary or additional, with its time share and dates) to a staff member.
 * @throws AppError not_found, forbidden, unprocessable (over 100 %, two primaries, closed establishment…).
 */
export async function addStaffAssignment(
  db: Db,
  context: RequestContext,
  staffMemberId: string,
  input: StaffAssignmentInput,
): Promise<StaffMemberDetail> {
  await db.transaction(async (tx) => {
    const { member } = await loadStaffMember(tx, context.actor, staffMemberId);
    const target = { gstId: member.gstId, establishmentId: input.establishmentId };
    authorize({
      visible: true,
      allowed: canManageStaffAssignment(context.actor, target),
      entity: 'staff member',
      gstId: member.gstId,
    });
    await checkAssignmentChange(tx, member, { ...input, id: null });
    const id = randomUUID();
    await insertStaffAssignments(tx, member.gstId, [{ ...input, id, staffMemberId }], context.actor.userId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staff_assignment.create',
        entityType: 'staff_member',
        entityId: staffMemberId,
        gstId: member.gstId,
        details: { assignmentId: id, ...input },
      }),
    );
  });
  return getStaffMember(db, context, staffMemberId);
}

/**
 * Ends an assignment on a day (its last day); an assignment already ending earlier cannot be prolonged here.
 * @throws AppError not_found, forbidden, conflict (already ended earlier), unprocessable (rule broken).
 */
export async function endStaffAssignmentOn(
  db: Db,
  context: RequestContext,
  staffMemberId: string,
  assignmentId: string,
  input: EndStaffAssignmentInput,
): Promise<StaffMemberDetail> {
  await db.transaction(async (tx) => {
    const { member, assignments } = await loadStaffMember(tx, context.actor, staffMemberId);
    const assignment = assignments.find((item) => item.id === assignmentId);
    if (!assignment) {
      throw notFound('assignment');
    }
    const target = { gstId: member.gstId, establishmentId: assignment.establishmentId };
    authorize({
      visible: true,
      allowed: canManageStaffAssignment(context.actor, target),
      entity: 'staff member',
      gstId: member.gstId,
    });
    if (assignment.validTo !== null && assignment.validTo <= input.validTo) {
      throw conflict(`This assignment already ends on ${assignment.validTo}`);
    }
    await checkAssignmentChange(tx, member, { ...assignment, validTo: input.validTo });
    await endStaffAssignment(tx, member.gstId, assignmentId, input.validTo);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staff_assignment.end',
        entityType: 'staff_member',
        entityId: staffMemberId,
        gstId: member.gstId,
        details: { assignmentId, validTo: input.validTo, previousValidTo: assignment.validTo },
      }),
    );
  });
  return getStaffMember(db, context, staffMemberId);
}
