import { randomUUID } from 'node:crypto';
import {
  assertStaffAssignmentChange,
  authorize,
  canCreateStaffMember,
  notFound,
  toRegionalStaffId,
  type CreateStaffRequest,
  type StaffMemberDetail,
} from '@tansiq/domain';
import {
  assertStaffKeysFree,
  diffStaffFields,
  findGstById,
  insertAuditEvent,
  insertStaffAssignments,
  listEstablishmentStandings,
  nextStaffSerials,
  writeStaffMembers,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { seesStaffOf } from './staff-scope';
import { getStaffMember } from './get-staff-member';
import { staffIdPrefixOf } from './staff-fields';

/**
 * Registers a staff member with a new regional staff id, and their primary assignment when given (checked against
 * the assignment rules). History row and audit event in the same transaction.
 * @throws AppError not_found (GST out of scope), forbidden, conflict (CIN or account taken), unprocessable (rule).
 */
export async function createStaffMember(
  db: Db,
  context: RequestContext,
  request: CreateStaffRequest,
): Promise<StaffMemberDetail> {
  const { gstId, member: fields, primaryAssignment } = request;
  const allowed = canCreateStaffMember(context.actor, {
    gstId,
    establishmentId: primaryAssignment?.establishmentId ?? null,
  });
  authorize({ visible: seesStaffOf(context.actor, gstId), allowed, entity: 'GST', gstId });
  const id = await db.transaction(async (tx) => {
    const gst = await findGstById(tx, gstId);
    if (!gst) {
      throw notFound('GST');
    }
    await assertStaffKeysFree(tx, gstId, fields, null);
    const [serial = 0] = await nextStaffSerials(tx, gstId, 1);
    const write = {
      id: randomUUID(),
      staffNumber: toRegionalStaffId(staffIdPrefixOf(gst.code), serial),
      version: 1,
      fields,
    };
    await writeStaffMembers(
      tx,
      gstId,
      [{ ...write, action: 'created', changes: diffStaffFields(null, fields) }],
      context.actor.userId,
    );
    if (primaryAssignment) {
      const assignment = { ...primaryAssignment, id: randomUUID(), kind: 'primary' as const, validTo: null };
      const establishments = await listEstablishmentStandings(tx, gstId, [assignment.establishmentId]);
      assertStaffAssignmentChange([], { ...assignment, id: null }, { establishments, employment: fields });
      await insertStaffAssignments(tx, gstId, [{ ...assignment, staffMemberId: write.id }], context.actor.userId);
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staff_member.create',
        entityType: 'staff_member',
        entityId: write.id,
        gstId,
        details: { staffId: write.staffNumber, primaryEstablishmentId: primaryAssignment?.establishmentId ?? null },
      }),
    );
    return write.id;
  });
  return getStaffMember(db, context, id);
}
