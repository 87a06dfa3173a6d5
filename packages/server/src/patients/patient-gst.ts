import { canSearchPatients, forbidden, notFound, visibleGstIds, type Actor, type Establishment } from '@tansiq/domain';
import type { Executor } from '@tansiq/db';
import { getVisibleEstablishment } from '../establishments/get-visible-establishment';

/**
 * The GST a desk works in: the given establishment's, or the one GST where the actor holds a patient role.
 * @throws AppError not_found when the establishment is out of scope or the actor works with patients nowhere.
 */
export async function resolvePatientGst(
  executor: Executor,
  actor: Actor,
  establishmentId: string | undefined,
): Promise<{ gstId: string; establishment: Establishment | undefined }> {
  if (establishmentId) {
    const establishment = await getVisibleEstablishment(executor, actor, establishmentId);
    return { gstId: establishment.gstId, establishment };
  }
  const gstIds = visibleGstIds(actor);
  const candidates =
    gstIds === 'all'
      ? [...new Set(actor.assignments.flatMap((assignment) => (assignment.gstId ? [assignment.gstId] : [])))]
      : gstIds;
  const gstId = candidates.find((id) => canSearchPatients(actor, id));
  if (!gstId) {
    // Working in a GST without a patient role (HR, finance…) is a refusal; working in none, a missing index.
    const first = candidates[0];
    throw first === undefined ? notFound('patient index') : forbidden(undefined, first);
  }
  return { gstId, establishment: undefined };
}
