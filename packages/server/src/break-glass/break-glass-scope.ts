import { canReviewBreakGlass, visibleGstIds, type Actor } from '@tansiq/domain';

/** Whether the actor works in this GST: break-the-glass records of other GSTs answer 404, as if they did not exist. */
export function worksInGst(actor: Actor, gstId: string): boolean {
  const gstIds = visibleGstIds(actor);
  return gstIds === 'all' || gstIds.includes(gstId);
}

/** The GSTs whose break-the-glass accesses the actor reviews as data-protection officer. */
export function reviewedGstIds(actor: Actor): string[] {
  const gstIds = actor.assignments.flatMap((assignment) => (assignment.gstId ? [assignment.gstId] : []));
  return [...new Set(gstIds)].filter((gstId) => canReviewBreakGlass(actor, gstId));
}
