import { covers } from '../auth/access-policy';
import type { Actor, RoleAssignment } from '../auth/roles';
import { staffDirectoryRoles } from '../staff/staff-policy';

/** Where a roster line (or a roster of several lines) sits, for access checks. */
export interface RosterAccessTarget {
  gstId: string;
  establishmentIds: readonly string[];
}

const isGstHrOfficer = (assignment: RoleAssignment, gstId: string): boolean =>
  assignment.role === 'hr_officer' && assignment.scopeLevel === 'gst' && assignment.gstId === gstId;

const managesEstablishment = (assignment: RoleAssignment, gstId: string, establishmentId: string): boolean =>
  (assignment.role === 'hr_officer' || assignment.role === 'establishment_admin') &&
  covers(assignment, { gstId, establishmentId });

/**
 * Rosters are posted for everyone working in the GST (issue #5 §6): whoever sees the staff directory sees the lines
 * and the rosters, with names only. Anyone else gets 404.
 */
export const canViewRosters = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some((assignment) => staffDirectoryRoles.includes(assignment.role) && assignment.gstId === gstId);

/**
 * Creating, changing, generating, editing and publishing: a GST HR officer, or an establishment administrator or HR
 * officer covering every establishment of the line(s). A pooled line across two hospitals is thus managed by the GST's
 * HR officers, or by someone who holds the role in both.
 */
export const canManageRoster = (actor: Actor, target: RosterAccessTarget): boolean =>
  actor.assignments.some((assignment) => isGstHrOfficer(assignment, target.gstId)) ||
  (target.establishmentIds.length > 0 &&
    target.establishmentIds.every((establishmentId) =>
      actor.assignments.some((assignment) => managesEstablishment(assignment, target.gstId, establishmentId)),
    ));

/** Whether the actor manages at least one establishment of the GST's rosters (to show the editor at all). */
export const canManageSomeRoster = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some(
    (assignment) =>
      isGstHrOfficer(assignment, gstId) ||
      ((assignment.role === 'hr_officer' || assignment.role === 'establishment_admin') && assignment.gstId === gstId),
  );

/** Setting the GST's roster rules (rest, monthly maxima): its HR officers. */
export const canSetRosterRules = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some((assignment) => isGstHrOfficer(assignment, gstId));
