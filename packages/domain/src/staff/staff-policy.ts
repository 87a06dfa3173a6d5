import { covers } from '../auth/access-policy';
import type { Actor, Role, RoleAssignment } from '../auth/roles';
import type { UpdateStaffMemberInput } from './staff-member';

/**
 * Who sees and changes staff records (issue #5 §10). HR officers of the GST see everyone; establishment admins and
 * establishment-scoped HR officers see the staff assigned to their establishment; each person sees their own record;
 * everyone else working in the GST sees the directory (names, cadre, specialty) needed to reach a colleague or fill a
 * pooled roster across establishments. Analysts and data-protection officers get aggregates only.
 */
export type StaffView = 'full' | 'directory' | 'none';

/** Where a staff member stands for access checks. */
export interface StaffAccessTarget {
  gstId: string;
  /** The user account linked to this staff member, if any. */
  userId: string | null;
  /** Establishments of the staff member's assignments in force today (primary and additional). */
  establishmentIds: readonly string[];
  /** Establishment of the primary assignment in force today. */
  primaryEstablishmentId: string | null;
}

/** Roles that see the directory of the GST's staff (names and roles only). */
export const staffDirectoryRoles: readonly Role[] = [
  'physician',
  'nurse',
  'secretary',
  'establishment_admin',
  'hr_officer',
  'gst_director',
  'gst_admin',
  'finance_officer',
];

/** The fields a staff member may change on their own record. */
export const staffSelfEditableFields = ['phone', 'email'] as const;

const isGstHrOfficer = (assignment: RoleAssignment, gstId: string): boolean =>
  assignment.role === 'hr_officer' && assignment.scopeLevel === 'gst' && assignment.gstId === gstId;

const coversEstablishment = (assignment: RoleAssignment, gstId: string, establishmentId: string | null): boolean =>
  establishmentId !== null && covers(assignment, { gstId, establishmentId });

/** What the actor sees of a staff member: the full record, the directory entry, or nothing (404). */
export function staffViewFor(actor: Actor, target: StaffAccessTarget): StaffView {
  const full = actor.assignments.some(
    (assignment) =>
      isGstHrOfficer(assignment, target.gstId) ||
      ((assignment.role === 'hr_officer' || assignment.role === 'establishment_admin') &&
        target.establishmentIds.some((id) => coversEstablishment(assignment, target.gstId, id))),
  );
  if (full || (target.userId !== null && target.userId === actor.userId)) {
    return 'full';
  }
  const directory = actor.assignments.some(
    (assignment) => staffDirectoryRoles.includes(assignment.role) && assignment.gstId === target.gstId,
  );
  return directory ? 'directory' : 'none';
}

/**
 * What the actor may change: everything (a GST HR officer, or the HR officer of the primary establishment), only their
 * own contacts, or nothing. Establishment admins see their staff but ask HR (or raise a mobility) to change a file.
 */
export function staffEditScope(actor: Actor, target: StaffAccessTarget): 'all' | 'contacts' | 'none' {
  const hr = actor.assignments.some(
    (assignment) =>
      isGstHrOfficer(assignment, target.gstId) ||
      (assignment.role === 'hr_officer' &&
        coversEstablishment(assignment, target.gstId, target.primaryEstablishmentId)),
  );
  if (hr) {
    return 'all';
  }
  return target.userId !== null && target.userId === actor.userId ? 'contacts' : 'none';
}

/** Whether the actor may apply this update (a staff member changing only their phone or e-mail is allowed). */
export function canUpdateStaffMember(actor: Actor, target: StaffAccessTarget, input: UpdateStaffMemberInput): boolean {
  const scope = staffEditScope(actor, target);
  const allowed: readonly string[] = ['version', ...staffSelfEditableFields];
  return scope === 'all' || (scope === 'contacts' && Object.keys(input).every((field) => allowed.includes(field)));
}

/** Registering a staff member: a GST HR officer, or the HR officer of the establishment of the primary assignment. */
export const canCreateStaffMember = (
  actor: Actor,
  target: { gstId: string; establishmentId: string | null },
): boolean =>
  actor.assignments.some(
    (assignment) =>
      isGstHrOfficer(assignment, target.gstId) ||
      (assignment.role === 'hr_officer' && coversEstablishment(assignment, target.gstId, target.establishmentId)),
  );

/** Importing a staff file touches the whole GST: its HR officers only. */
export const canImportStaff = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some((assignment) => isGstHrOfficer(assignment, gstId));

/** Adding, editing or ending an assignment at an establishment: an HR officer covering that establishment. */
export const canManageStaffAssignment = (actor: Actor, target: { gstId: string; establishmentId: string }): boolean =>
  canCreateStaffMember(actor, target);

/** Recording leave: whoever may edit the whole record. */
export const canManageStaffLeave = (actor: Actor, target: StaffAccessTarget): boolean =>
  staffEditScope(actor, target) === 'all';

const staffingTableViewerRoles: readonly Role[] = ['hr_officer', 'gst_director', 'gst_admin', 'establishment_admin'];

/** Reading the staffing table of an establishment (or of the GST when `establishmentId` is null). */
export const canViewStaffingTable = (
  actor: Actor,
  target: { gstId: string; establishmentId: string | null },
): boolean =>
  actor.assignments.some(
    (assignment) => staffingTableViewerRoles.includes(assignment.role) && covers(assignment, target),
  );

/** Setting budgeted posts: the GST's HR officers. */
export const canEditStaffingTable = (actor: Actor, gstId: string): boolean => canImportStaff(actor, gstId);
