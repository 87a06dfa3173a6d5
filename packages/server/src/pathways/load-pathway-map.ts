import {
  authorize,
  canManagePathways,
  canViewPathways,
  notFound,
  todayInMorocco,
  type PathwayMapSummary,
} from '@tansiq/domain';
import { findPathwayMapSummary, type Executor } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

/**
 * Loads a map version, then authorises (STYLE §6): missing or in a GST the actor does not work in → 404; `manage`
 * asks for the right to change it → 403 otherwise.
 * @throws AppError not_found, forbidden.
 */
export async function loadPathwayMap(
  executor: Executor,
  context: RequestContext,
  id: string,
  options: { manage: boolean },
): Promise<PathwayMapSummary> {
  const summary = await findPathwayMapSummary(executor, id, todayInMorocco());
  if (!summary) {
    throw notFound('pathway map');
  }
  authorize({
    visible: canViewPathways(context.actor, summary.gstId),
    allowed: !options.manage || canManagePathways(context.actor, summary.gstId),
    entity: 'pathway map',
    gstId: summary.gstId,
  });
  return summary;
}
