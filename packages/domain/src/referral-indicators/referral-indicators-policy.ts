import { covers, isNational } from '../auth/access-policy';
import type { Actor, Role } from '../auth/roles';

/** Where an actor may read a GST's indicators: all of it, or only some provinces and establishments (on the side read). */
export type IndicatorScope = 'gst' | { provinceCodes: string[]; establishmentIds: string[] };

const wholeGstRoles: readonly Role[] = ['national_admin', 'gst_director', 'gst_admin', 'analyst'];

/**
 * The part of a GST's referral indicators the actor may read; null when none (clinicians, desks, other GSTs).
 * National roles and the GST's director, administrators and analysts see the GST; a province analyst their province;
 * an establishment administrator their establishment. Indicators are aggregates: no patient is ever listed.
 */
export function referralIndicatorScope(actor: Actor, gstId: string): IndicatorScope | null {
  const provinceCodes: string[] = [];
  const establishmentIds: string[] = [];
  for (const assignment of actor.assignments) {
    if (
      !covers(assignment, { gstId, provinceCode: assignment.provinceCode, establishmentId: assignment.establishmentId })
    ) {
      continue;
    }
    if (
      wholeGstRoles.includes(assignment.role) &&
      (assignment.scopeLevel === 'national' || assignment.scopeLevel === 'gst')
    ) {
      return 'gst';
    }
    if (assignment.role === 'analyst' && assignment.scopeLevel === 'province' && assignment.provinceCode) {
      provinceCodes.push(assignment.provinceCode);
    }
    if (assignment.role === 'establishment_admin' && assignment.establishmentId) {
      establishmentIds.push(assignment.establishmentId);
    }
  }
  return provinceCodes.length + establishmentIds.length > 0 ? { provinceCodes, establishmentIds } : null;
}

/** Whether the GST is visible at all to the actor (else 404), apart from whether its indicators are (else 403). */
export const seesGst = (actor: Actor, gstId: string): boolean =>
  isNational(actor) || actor.assignments.some((assignment) => assignment.gstId === gstId);

/** Whether the actor reads any of a GST's referral indicators (the navigation entry). */
export const canViewReferralIndicators = (actor: Actor, gstId: string): boolean =>
  referralIndicatorScope(actor, gstId) !== null;
