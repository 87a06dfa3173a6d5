import type { Actor, Role, RoleAssignment } from '../auth/roles';

/**
 * Who sees and handles pay-per-act statements (issue #5 §7, §10). Pay is staff data: the GST's HR officers, director,
 * administrators and finance officers see every statement of the GST; an establishment's admin, HR or finance officer
 * sees the statements of the staff whose primary establishment it is; each person sees their own. Only the GST's HR
 * officers set the rules, compute and validate; they and the GST's finance officers export for payroll.
 */
export type IncentiveViewScope = 'gst' | { establishmentIds: string[] };

const gstRoles: readonly Role[] = ['hr_officer', 'gst_director', 'gst_admin', 'finance_officer'];
const establishmentRoles: readonly Role[] = ['hr_officer', 'establishment_admin', 'finance_officer'];

const isGstHrOfficer = (assignment: RoleAssignment, gstId: string): boolean =>
  assignment.role === 'hr_officer' && assignment.scopeLevel === 'gst' && assignment.gstId === gstId;

/** The statements of a GST the actor sees (besides their own); null when none. */
export function incentiveViewScope(actor: Actor, gstId: string): IncentiveViewScope | null {
  const establishmentIds: string[] = [];
  for (const assignment of actor.assignments) {
    if (assignment.gstId !== gstId) {
      continue;
    }
    if (assignment.scopeLevel === 'gst' && gstRoles.includes(assignment.role)) {
      return 'gst';
    }
    if (
      assignment.scopeLevel === 'establishment' &&
      establishmentRoles.includes(assignment.role) &&
      assignment.establishmentId
    ) {
      establishmentIds.push(assignment.establishmentId);
    }
  }
  return establishmentIds.length > 0 ? { establishmentIds } : null;
}

/** Whether the actor works in the GST at all (else its incentive routes answer 404, not 403). */
export const worksInGst = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some((assignment) => assignment.gstId === gstId);

/** Whether a scope covers a statement of a staff member whose primary establishment is `establishmentId`. */
export const incentiveScopeCovers = (scope: IncentiveViewScope | null, establishmentId: string | null): boolean =>
  scope === 'gst' || (scope !== null && establishmentId !== null && scope.establishmentIds.includes(establishmentId));

/** Whether the actor sees one statement: in their scope, or their own. */
export const canViewIncentiveStatement = (
  actor: Actor,
  statement: { gstId: string; establishmentId: string | null; staffUserId: string | null },
): boolean =>
  incentiveScopeCovers(incentiveViewScope(actor, statement.gstId), statement.establishmentId) ||
  (statement.staffUserId !== null && statement.staffUserId === actor.userId);

/** Editing the rules, computing and validating statements: the GST's HR officers. */
export const canManageIncentives = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some((assignment) => isGstHrOfficer(assignment, gstId));

/** The payroll export: the GST's HR and finance officers. */
export const canExportIncentives = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some(
    (assignment) =>
      (assignment.role === 'hr_officer' || assignment.role === 'finance_officer') &&
      assignment.scopeLevel === 'gst' &&
      assignment.gstId === gstId,
  );
