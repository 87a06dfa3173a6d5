import { authorize, canManagePatientIdentities, canViewRegistry, notFound, type Actor } from '@tansiq/domain';
import { findDeduplicationRun, findGstById, type Executor, type StoredDeduplicationRun } from '@tansiq/db';

/**
 * Batch deduplication belongs to identity management: the GST's administrators. Load first, then authorize: a GST
 * the actor does not work in answers 404, an in-scope GST the actor may not manage 403 (both audited as denials).
 * @throws AppError not_found, forbidden.
 */
export async function authorizeDeduplication(executor: Executor, actor: Actor, gstId: string): Promise<void> {
  const gst = await findGstById(executor, gstId);
  if (!gst) {
    throw notFound('GST');
  }
  authorize({
    visible: canViewRegistry(actor, gst.id),
    allowed: canManagePatientIdentities(actor, gst.id),
    entity: 'GST',
    gstId: gst.id,
  });
}

/**
 * A run the actor may follow.
 * @throws AppError not_found when it does not exist or lies in another GST, forbidden.
 */
export async function getDeduplicationRun(
  executor: Executor,
  actor: Actor,
  id: string,
): Promise<StoredDeduplicationRun> {
  const run = await findDeduplicationRun(executor, id);
  if (!run) {
    throw notFound('deduplication run');
  }
  authorize({
    visible: canViewRegistry(actor, run.gstId),
    allowed: canManagePatientIdentities(actor, run.gstId),
    entity: 'deduplication run',
    gstId: run.gstId,
  });
  return run;
}
