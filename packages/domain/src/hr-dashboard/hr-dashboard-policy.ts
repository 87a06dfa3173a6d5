import { covers } from '../auth/access-policy';
import type { Actor, Role } from '../auth/roles';

/**
 * Who reads the HR dashboards (issue #5 §9), aggregates only. The GST's HR officers, director, administrators and
 * analysts (and national roles) see the whole GST; a province analyst their province; an establishment admin or an
 * establishment HR officer their establishment only, as the staffing table, WISN and referral indicators already
 * scope them: no province figure is built from other establishments' staff for them.
 */
export type HrDashboardScope = 'gst' | { provinceCodes: string[]; establishmentIds: string[] };

const wholeGstRoles: readonly Role[] = ['hr_officer', 'gst_director', 'gst_admin', 'analyst', 'national_admin'];

/** The part of a GST's HR dashboards the actor reads; null when none (clinicians, desks, other GSTs). */
export function hrDashboardScope(actor: Actor, gstId: string): HrDashboardScope | null {
  const provinceCodes: string[] = [];
  const establishmentIds: string[] = [];
  for (const assignment of actor.assignments) {
    const wide = assignment.scopeLevel === 'gst' || assignment.scopeLevel === 'national';
    if (wholeGstRoles.includes(assignment.role) && wide && covers(assignment, { gstId })) {
      return 'gst';
    }
    if (assignment.gstId !== gstId) {
      continue;
    }
    if (assignment.role === 'analyst' && assignment.scopeLevel === 'province' && assignment.provinceCode) {
      provinceCodes.push(assignment.provinceCode);
    }
    const establishmentRole = assignment.role === 'establishment_admin' || assignment.role === 'hr_officer';
    if (establishmentRole && assignment.scopeLevel === 'establishment' && assignment.establishmentId) {
      establishmentIds.push(assignment.establishmentId);
    }
  }
  return provinceCodes.length + establishmentIds.length > 0 ? { provinceCodes, establishmentIds } : null;
}

/** Whether a scope covers one establishment of the GST. */
export function hrDashboardScopeCovers(
  scope: HrDashboardScope,
  establishment: { id: string; provinceCode: string },
): boolean {
  return (
    scope === 'gst' ||
    scope.provinceCodes.includes(establishment.provinceCode) ||
    scope.establishmentIds.includes(establishment.id)
  );
}

/** Whether a scope sees a whole province (its headcount and densities per 10,000 inhabitants). */
export const hrDashboardScopeCoversProvince = (scope: HrDashboardScope, provinceCode: string): boolean =>
  scope === 'gst' || scope.provinceCodes.includes(provinceCode);
