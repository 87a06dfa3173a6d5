import { canViewRegistry, notFound, outOfScope, type Actor, type Establishment } from '@tansiq/domain';
import { findEstablishmentById, type Executor } from '@tansiq/db';

/**
 * Loads an establishment the actor may see.
 * @throws AppError not_found when it does not exist or lies outside the actor's GSTs (audited as denied).
 */
export async function getVisibleEstablishment(executor: Executor, actor: Actor, id: string): Promise<Establishment> {
  const establishment = await findEstablishmentById(executor, id);
  if (!establishment) {
    throw notFound('establishment');
  }
  if (!canViewRegistry(actor, establishment.gstId)) {
    throw outOfScope('establishment', establishment.gstId);
  }
  return establishment;
}
