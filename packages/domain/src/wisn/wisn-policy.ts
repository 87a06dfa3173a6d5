import { covers, visibleGstIds } from '../auth/access-policy';
import type { Actor, Role } from '../auth/roles';

/**
 * Who sees and edits WISN (issue #5 §3, §10). The GST's HR officers, directors, administrators and analysts see the
 * whole region (a province analyst their province); an establishment admin or establishment HR officer sees their
 * establishment. Standards are set by the GST's HR officers and administrators; entered workload also by the
 * establishment's admin, who knows its registers.
 */
export type WisnViewScope = 'gst' | { provinceCodes: string[]; establishmentIds: string[] };

const regionRoles: readonly Role[] = ['hr_officer', 'gst_director', 'gst_admin', 'analyst', 'national_admin'];

/** What part of a GST's WISN the actor sees; null when nothing. */
export function wisnViewScope(actor: Actor, gstId: string): WisnViewScope | null {
  const provinceCodes: string[] = [];
  const establishmentIds: string[] = [];
  for (const assignment of actor.assignments) {
    const wide = assignment.scopeLevel === 'gst' || assignment.scopeLevel === 'national';
    if (regionRoles.includes(assignment.role) && wide && covers(assignment, { gstId })) {
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
export function wisnScopeCovers(
  scope: WisnViewScope | null,
  establishment: { id: string; provinceCode: string },
): boolean {
  if (scope === null) {
    return false;
  }
  return (
    scope === 'gst' ||
    scope.provinceCodes.includes(establishment.provinceCode) ||
    scope.establishmentIds.includes(establishment.id)
  );
}

/** Whether the GST is visible at all (else 404), apart from whether its WISN is (else 403). */
export function seesWisnGst(actor: Actor, gstId: string): boolean {
  const gstIds = visibleGstIds(actor);
  return gstIds === 'all' || gstIds.includes(gstId);
}

/** Saving a version of a standard: the GST's HR officers and administrators. */
export const canEditWisnStandards = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some(
    (assignment) =>
      (assignment.role === 'hr_officer' || assignment.role === 'gst_admin') &&
      assignment.scopeLevel === 'gst' &&
      assignment.gstId === gstId,
  );

/** Entering workload figures of an establishment: GST HR or admin, or the establishment's admin or HR officer. */
export const canEditWisnWorkload = (actor: Actor, target: { gstId: string; establishmentId: string }): boolean =>
  canEditWisnStandards(actor, target.gstId) ||
  actor.assignments.some(
    (assignment) =>
      (assignment.role === 'establishment_admin' || assignment.role === 'hr_officer') &&
      assignment.scopeLevel === 'establishment' &&
      covers(assignment, target),
  );
