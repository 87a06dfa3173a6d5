import { z } from 'zod';

/** Roles of the platform (issue #2); a user holds them as assignments with a scope and validity dates. */
export const roles = [
  'national_admin',
  'gst_director',
  'gst_admin',
  'establishment_admin',
  'physician',
  'nurse',
  'secretary',
  'hr_officer',
  'finance_officer',
  'analyst',
  'data_protection_officer',
] as const;
export type Role = (typeof roles)[number];

export const scopeLevels = ['national', 'gst', 'province', 'establishment'] as const;
export type ScopeLevel = (typeof scopeLevels)[number];

/** The scope levels each role may be granted at: a GST director is never scoped to one establishment, etc. */
export const allowedScopeLevels: Record<Role, readonly ScopeLevel[]> = {
  national_admin: ['national'],
  gst_director: ['gst'],
  gst_admin: ['gst'],
  establishment_admin: ['establishment'],
  physician: ['establishment'],
  nurse: ['establishment'],
  secretary: ['establishment'],
  hr_officer: ['gst', 'establishment'],
  finance_officer: ['gst', 'establishment'],
  analyst: ['national', 'gst', 'province'],
  data_protection_officer: ['gst'],
};

/** One role held over one scope; the ids that do not apply to the level are null. */
export interface RoleAssignment {
  role: Role;
  scopeLevel: ScopeLevel;
  gstId: string | null;
  provinceCode: string | null;
  establishmentId: string | null;
}

/** Who is acting: the authenticated user with the assignments valid today. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  assignments: RoleAssignment[];
}

/** The place a record sits at, for scope checks. */
export interface ScopeTarget {
  gstId: string;
  provinceCode?: string | null;
  establishmentId?: string | null;
}

export const roleSchema = z.enum(roles);
export const scopeLevelSchema = z.enum(scopeLevels);

/** The assignments valid on `day` (ISO date, both ends inclusive), as the access policy reads them. */
export function activeRoleAssignments(
  assignments: readonly (RoleAssignment & { validFrom: string; validTo: string | null })[],
  day: string,
): RoleAssignment[] {
  return assignments
    .filter((assignment) => assignment.validFrom <= day && (assignment.validTo === null || assignment.validTo >= day))
    .map(({ role, scopeLevel, gstId, provinceCode, establishmentId }) => ({
      role,
      scopeLevel,
      gstId,
      provinceCode,
      establishmentId,
    }));
}
