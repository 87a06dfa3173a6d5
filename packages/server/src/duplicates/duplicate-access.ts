import {
  authorize,
  canManagePatientIdentities,
  forbidden,
  notFound,
  orderPair,
  validationFailed,
  visibleGstIds,
  type Actor,
} from '@tansiq/domain';
import { findDuplicatePair, findPatientById, type DuplicatePairRow, type Executor } from '@tansiq/db';

/** Whether the actor works in a GST at all (else its patients answer 404, not 403). */
function worksInGst(actor: Actor, gstId: string): boolean {
  const gstIds = visibleGstIds(actor);
  return gstIds === 'all' || gstIds.includes(gstId);
}

/**
 * Identity management (the review queue, merges, unmerges) is for the GST's administrators.
 * @throws AppError not_found (denied) outside the actor's GSTs, forbidden inside them for anyone else.
 */
export function authorizeIdentityManagement(actor: Actor, gstId: string, entity: string): void {
  authorize({
    visible: worksInGst(actor, gstId),
    allowed: canManagePatientIdentities(actor, gstId),
    entity,
    gstId,
  });
}

/**
 * The GSTs whose queue the actor reviews: the one asked for, or every GST where they manage identities.
 * @throws AppError not_found (denied) or forbidden as `authorizeIdentityManagement`; forbidden when they manage none.
 */
export function reviewedGstIds(actor: Actor, gstId: string | undefined): string[] {
  if (gstId !== undefined) {
    authorizeIdentityManagement(actor, gstId, 'GST');
    return [gstId];
  }
  const managed = [
    ...new Set(actor.assignments.flatMap((assignment) => (assignment.gstId ? [assignment.gstId] : []))),
  ].filter((id) => canManagePatientIdentities(actor, id));
  if (managed.length === 0) {
    throw forbidden();
  }
  return managed;
}

/**
 * Loads a queued pair the actor may review (load first, then authorize). The ids may come in either order.
 * @throws AppError validation_failed for twice the same id; not_found when a patient or the pair is unknown, or lies
 * outside the actor's GSTs (audited); forbidden for anyone but the GST's administrators.
 */
export async function getDuplicatePairInScope(
  executor: Executor,
  actor: Actor,
  ids: { patientAId: string; patientBId: string },
): Promise<DuplicatePairRow> {
  if (ids.patientAId.toLowerCase() === ids.patientBId.toLowerCase()) {
    throw validationFailed('A pair needs two different patients', [
      { path: ['params', 'patientBId'], message: 'Give two different patients' },
    ]);
  }
  const pair = orderPair(ids.patientAId, ids.patientBId);
  const first = await findPatientById(executor, pair.patientAId);
  if (!first) {
    throw notFound('duplicate pair');
  }
  authorizeIdentityManagement(actor, first.gstId, 'duplicate pair');
  const row = await findDuplicatePair(executor, first.gstId, pair);
  if (!row) {
    throw notFound('duplicate pair');
  }
  return row;
}
