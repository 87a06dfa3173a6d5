import { covers, visibleGstIds } from '../auth/access-policy';
import type { Actor } from '../auth/roles';
import { hrAggregateScope, hrAggregateScopeCovers, type HrAggregateScope } from '../staff/hr-aggregate-scope';

/**
 * Who sees and edits WISN (issue #5 §3, §10). Reading follows `hrAggregateScope` (the GST's HR officers, directors,
 * administrators and analysts see the whole region, a province analyst their province, an establishment admin or
 * establishment HR officer their establishment). Standards are set by the GST's HR officers and administrators;
 * entered workload also by the establishment's admin, who knows its registers.
 */
export type WisnViewScope = HrAggregateScope;

/** What part of a GST's WISN the actor sees; null when nothing. */
export const wisnViewScope = hrAggregateScope;

/** Whether a scope covers one establishment of the GST. */
export const wisnScopeCovers = hrAggregateScopeCovers;

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
