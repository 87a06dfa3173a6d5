import { forbidden, outOfScope } from '../lib/app-error';
import { allowedScopeLevels, type Actor, type Role, type RoleAssignment, type ScopeTarget } from './roles';

/**
 * The one access-policy module: every route asks it (STYLE.md §6).
 * `covers` answers "is this record inside the assignment's scope"; the `can…` functions answer per action.
 * Callers turn "not visible" into 404 and "visible but not allowed" into 403.
 */
export function covers(assignment: RoleAssignment, target: ScopeTarget): boolean {
  switch (assignment.scopeLevel) {
    case 'national':
      return true;
    case 'gst':
      return assignment.gstId === target.gstId;
    case 'province':
      return assignment.gstId === target.gstId && assignment.provinceCode === target.provinceCode;
    case 'establishment':
      return (
        assignment.gstId === target.gstId &&
        target.establishmentId != null &&
        assignment.establishmentId === target.establishmentId
      );
  }
}

function holdsRoleOver(actor: Actor, allowed: readonly Role[], target: ScopeTarget): boolean {
  return actor.assignments.some((assignment) => allowed.includes(assignment.role) && covers(assignment, target));
}

/** National-level actors see every GST. */
export const isNational = (actor: Actor): boolean =>
  actor.assignments.some((assignment) => assignment.scopeLevel === 'national');

/** The GSTs the actor works in; `all` for national actors. */
export function visibleGstIds(actor: Actor): 'all' | string[] {
  if (isNational(actor)) {
    return 'all';
  }
  return [...new Set(actor.assignments.flatMap((assignment) => (assignment.gstId ? [assignment.gstId] : [])))];
}

/** The registry of the care offer (the carte sanitaire) is readable by everyone working in the GST. */
export function canViewRegistry(actor: Actor, gstId: string): boolean {
  const gstIds = visibleGstIds(actor);
  return gstIds === 'all' || gstIds.includes(gstId);
}

/** Creating an establishment, closing it, changing its identity (code, type, level, place) or importing a file. */
export const canManageRegistry = (actor: Actor, target: ScopeTarget): boolean =>
  holdsRoleOver(actor, ['national_admin', 'gst_admin'], { gstId: target.gstId, provinceCode: target.provinceCode });

/** Editing an establishment's operational details (contacts, hours, services, beds, equipment). */
export const canEditEstablishmentDetails = (actor: Actor, target: ScopeTarget): boolean =>
  canManageRegistry(actor, target) || holdsRoleOver(actor, ['establishment_admin'], target);

/** Who changed what in an establishment: the people who answer for the registry. */
export const canViewEstablishmentHistory = (actor: Actor, target: ScopeTarget): boolean =>
  canEditEstablishmentDetails(actor, target) || holdsRoleOver(actor, ['gst_director'], target);

/** The audit trail of a GST: its administrators and the national administrators. */
export const canSearchAudit = (actor: Actor, gstId: string): boolean =>
  holdsRoleOver(actor, ['national_admin', 'gst_admin'], { gstId });

/** User administration inside a GST. */
export const canManageUsers = (actor: Actor, gstId: string): boolean =>
  holdsRoleOver(actor, ['national_admin', 'gst_admin'], { gstId });

/** National user administration (users of no GST, national roles). */
export const canManageNationalUsers = (actor: Actor): boolean =>
  actor.assignments.some((assignment) => assignment.role === 'national_admin');

/**
 * Granting a role: a national admin grants anything; a GST admin grants roles inside their own GST only, never a
 * national scope (so nobody can raise their own reach).
 */
export function canGrantAssignment(actor: Actor, assignment: RoleAssignment): boolean {
  if (!allowedScopeLevels[assignment.role].includes(assignment.scopeLevel)) {
    return false;
  }
  if (canManageNationalUsers(actor)) {
    return true;
  }
  if (assignment.role === 'national_admin' || assignment.scopeLevel === 'national' || assignment.gstId == null) {
    return false;
  }
  return canManageUsers(actor, assignment.gstId);
}

/** The regional steering overview is open to every authenticated user of the GST. */
export const canViewOverview = (actor: Actor, gstId: string): boolean => canViewRegistry(actor, gstId);

/**
 * Load first, then authorize (STYLE §6): a record the actor cannot see answers 404, one they see but may not change 403.
 * @throws AppError not_found (denied) when not visible, forbidden when visible but not allowed.
 */
export function authorize(check: { visible: boolean; allowed: boolean; entity: string; gstId?: string | null }): void {
  if (!check.visible) {
    throw outOfScope(check.entity, check.gstId ?? null);
  }
  if (!check.allowed) {
    throw forbidden(undefined, check.gstId ?? null);
  }
}

/** The GSTs a user account belongs to: its home GST and the GSTs of its roles. */
export function userGstIds(user: { homeGstId: string | null; assignments: { gstId: string | null }[] }): string[] {
  const ids = new Set<string>();
  if (user.homeGstId) {
    ids.add(user.homeGstId);
  }
  for (const assignment of user.assignments) {
    if (assignment.gstId) {
      ids.add(assignment.gstId);
    }
  }
  return [...ids];
}

/** An administrator sees the accounts that belong to one of their GSTs. */
export const canSeeUser = (
  actor: Actor,
  user: { homeGstId: string | null; assignments: { gstId: string | null }[] },
): boolean => canManageNationalUsers(actor) || userGstIds(user).some((gstId) => canManageUsers(actor, gstId));

/**
 * Changing an account (name, password, deactivation): national administrators, or the administrators of its home GST
 * provided they could grant every role the account holds — otherwise resetting the password of a national admin (or
 * of another GST's admin) homed in their GST would hand them that reach.
 */
export const canEditUser = (actor: Actor, user: { homeGstId: string | null; assignments: RoleAssignment[] }): boolean =>
  canManageNationalUsers(actor) ||
  (user.homeGstId !== null &&
    canManageUsers(actor, user.homeGstId) &&
    user.assignments.every((assignment) => canGrantAssignment(actor, assignment)));
