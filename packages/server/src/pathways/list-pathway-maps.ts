import {
  authorize,
  canViewPathways,
  todayInMorocco,
  type ListPathwayMapsQuery,
  type PathwayMapList,
} from '@tansiq/domain';
import { listPathwayMapVersions, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

/**
 * The map versions of a GST (of one specialty, or all), flagged with the one in force today.
 * @throws AppError not_found when the actor does not work in the GST.
 */
export async function listPathwayMaps(
  db: Db,
  context: RequestContext,
  query: ListPathwayMapsQuery,
): Promise<PathwayMapList> {
  authorize({ visible: canViewPathways(context.actor, query.gstId), allowed: true, entity: 'gst', gstId: query.gstId });
  return { items: await listPathwayMapVersions(db, query.gstId, query.specialtyCode, todayInMorocco()) };
}
