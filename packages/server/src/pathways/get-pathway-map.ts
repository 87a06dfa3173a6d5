import { type PathwayMap } from '@tansiq/domain';
import { listPathwayEstablishments, listPathwayOriginRows, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { loadPathwayMap } from './load-pathway-map';
import { presentPathwayMap } from './pathway-presenter';

/**
 * One map version with its rows and its validation issues.
 * @throws AppError not_found (missing or out of scope).
 */
export async function getPathwayMap(db: Db, context: RequestContext, id: string): Promise<PathwayMap> {
  const summary = await loadPathwayMap(db, context, id, { manage: false });
  const [rows, establishments] = await Promise.all([
    listPathwayOriginRows(db, summary.gstId, summary.id),
    listPathwayEstablishments(db, summary.gstId),
  ]);
  return presentPathwayMap(summary, rows, establishments);
}
