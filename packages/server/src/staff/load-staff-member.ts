import {
  isActiveOn,
  notFound,
  outOfScope,
  staffViewFor,
  todayInMorocco,
  type Actor,
  type StaffAccessTarget,
  type StaffAssignmentDetail,
  type StaffMember,
  type StaffView,
} from '@tansiq/domain';
import { findStaffMemberById, listStaffAssignments, type Executor } from '@tansiq/db';

/** A staff member with their assignments, where they stand for access checks and what the actor sees of them. */
export interface LoadedStaffMember {
  member: StaffMember;
  assignments: StaffAssignmentDetail[];
  target: StaffAccessTarget;
  view: Exclude<StaffView, 'none'>;
}

/** Where a staff member stands for the access policy on `day`: establishments in force and the primary one. */
export function staffAccessTarget(
  member: Pick<StaffMember, 'gstId' | 'userId'>,
  assignments: readonly Pick<StaffAssignmentDetail, 'establishmentId' | 'kind' | 'validFrom' | 'validTo'>[],
  day: string,
): StaffAccessTarget {
  const inForce = assignments.filter((assignment) => isActiveOn(assignment, day));
  return {
    gstId: member.gstId,
    userId: member.userId,
    establishmentIds: [...new Set(inForce.map((assignment) => assignment.establishmentId))],
    primaryEstablishmentId: inForce.find((assignment) => assignment.kind === 'primary')?.establishmentId ?? null,
  };
}

/**
 * Loads a staff member the actor may see (full record or directory entry).
 * @throws AppError not_found when no such staff member exists or the actor sees nothing of them.
 */
export async function loadStaffMember(executor: Executor, actor: Actor, id: string): Promise<LoadedStaffMember> {
  const member = await findStaffMemberById(executor, id);
  if (!member) {
    throw notFound('staff member');
  }
  const assignments = await listStaffAssignments(executor, member.gstId, member.id);
  const target = staffAccessTarget(member, assignments, todayInMorocco());
  const view = staffViewFor(actor, target);
  if (view === 'none') {
    throw outOfScope('staff member', member.gstId);
  }
  return { member, assignments, target, view };
}
