import { authorize, notFound, seesWisnGst, wisnScopeCovers, wisnViewScope } from '@tansiq/domain';
import { findWisnEstablishment, type Executor } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

/**
 * Loads an establishment, then checks the actor may read its WISN (load first, then authorize).
 * @throws AppError not_found (missing, or outside the actor's WISN scope), forbidden (in the GST but no WISN role).
 */
export async function loadWisnEstablishment(executor: Executor, context: RequestContext, id: string) {
  const establishment = await findWisnEstablishment(executor, id);
  if (establishment === undefined) {
    throw notFound('Establishment');
  }
  const scope = wisnViewScope(context.actor, establishment.gstId);
  authorize({
    visible:
      seesWisnGst(context.actor, establishment.gstId) && (scope === null || wisnScopeCovers(scope, establishment)),
    allowed: scope !== null,
    entity: 'Establishment',
    gstId: establishment.gstId,
  });
  return establishment;
}
