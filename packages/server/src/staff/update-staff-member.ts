import {
  authorize,
  canUpdateStaffMember,
  conflict,
  findStaffMemberIssues,
  validationFailed,
  type StaffMemberDetail,
  type StaffMemberFields,
  type UpdateStaffMemberInput,
} from '@tansiq/domain';
import { assertStaffKeysFree, diffStaffFields, insertAuditEvent, writeStaffMembers, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { getStaffMember } from './get-staff-member';
import { loadStaffMember } from './load-staff-member';
import { staffFieldsOf } from './staff-fields';

/** The stored fields with the sent ones applied (a field left out keeps its value). */
function mergeFields(stored: StaffMemberFields, input: UpdateStaffMemberInput): StaffMemberFields {
  const defined = Object.fromEntries(
    Object.entries(input).filter(([key, value]) => key !== 'version' && value !== undefined),
  );
  return { ...stored, ...defined };
}

/**
 * Changes a staff record at the version the editor saw: the whole record for HR, only phone and e-mail for the
 * person themself. Writes a history row with the changed fields and an audit event, in one transaction.
 * @throws AppError not_found, forbidden, conflict (stale version, CIN taken), validation_failed (merged record).
 */
export async function updateStaffMember(
  db: Db,
  context: RequestContext,
  id: string,
  input: UpdateStaffMemberInput,
): Promise<StaffMemberDetail> {
  await db.transaction(async (tx) => {
    const loaded = await loadStaffMember(tx, context.actor, id);
    const { member, target } = loaded;
    authorize({
      visible: true,
      allowed: loaded.view === 'full' && canUpdateStaffMember(context.actor, target, input),
      entity: 'staff member',
      gstId: member.gstId,
    });
    if (input.version !== member.version) {
      throw conflict('This staff record was changed by someone else in the meantime; reload it and try again');
    }
    const before = staffFieldsOf(member);
    const after = mergeFields(before, input);
    const issues = findStaffMemberIssues(after);
    if (issues.length > 0) {
      throw validationFailed('The staff record is not valid', issues);
    }
    const changes = diffStaffFields(before, after);
    if (Object.keys(changes).length === 0) {
      return;
    }
    await assertStaffKeysFree(tx, member.gstId, after, member.id);
    const write = { id, staffNumber: member.staffId, version: member.version + 1, fields: after };
    await writeStaffMembers(tx, member.gstId, [{ ...write, action: 'updated', changes }], context.actor.userId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staff_member.update',
        entityType: 'staff_member',
        entityId: id,
        gstId: member.gstId,
        details: { version: write.version, fields: Object.keys(changes) },
      }),
    );
  });
  return getStaffMember(db, context, id);
}
