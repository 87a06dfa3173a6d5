import { covers, type Actor } from '@tansiq/domain';

/**
 * Who raises a mobility (issue #5 §5): the staff member themselves, the admin or HR officer of the establishment they
 * leave, or an HR officer of the GST.
 */
export function canRequestMobility(
  actor: Actor,
  target: { gstId: string; fromEstablishmentId: string; staffUserId: string | null },
): boolean {
  if (target.staffUserId !== null && target.staffUserId === actor.userId) {
    return true;
  }
  return actor.assignments.some(
    (assignment) =>
      (assignment.role === 'hr_officer' && assignment.scopeLevel === 'gst' && assignment.gstId === target.gstId) ||
      ((assignment.role === 'establishment_admin' || assignment.role === 'hr_officer') &&
        covers(assignment, { gstId: target.gstId, establishmentId: target.fromEstablishmentId })),
  );
}
