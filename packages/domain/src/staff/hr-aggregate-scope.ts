import { covers } from '../auth/access-policy';
import type { Actor, Role } from '../auth/roles';

/**
 * Who reads the HR aggregates of a GST (WISN, HR dashboards; issue #5 §3, §9, §10). The GST's HR officers, director,
 * administrators and analysts (and national roles) read the whole GST; a province analyst their province; an
 * establishment admin or an establishment HR officer their establishment only, as the staffing table scopes them.
 */
export type HrAggregateScope = 'gst' | { provinceCodes: string[]; establishmentIds: string[] };

const wholeGstRoles: readonly Role[] = ['hr_officer', 'gst_director', 'gst_admin', 'analyst', 'national_admin'];

/** The part of a GST's HR aggregates the actor reads; null when none (clinicians, desks, other GSTs). */
export function hrAggregateScope(actor: Actor, gstId: string): HrAggregateScope | null {
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
export function hrAggregateScopeCovers(
  scope: HrAggregateScope | null,
  establishment: { id: string; provinceCode: string },
): boolean {
  return (
    scope !== null &&
    (scope === 'gst' ||
      scope.provinceCodes.includes(establishment.provinceCode) ||
      scope.establishmentIds.includes(establishment.id))
  );
}
