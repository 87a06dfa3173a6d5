import type { ReferralFlows, ReferralFlowsQuery } from '@tansiq/domain';
import { referralFlows, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { indicatorSelection } from './indicator-selection';

/**
 * The flow map's arrows: referrals per origin → destination route in the selection.
 * @throws AppError not_found (another GST), forbidden (a role without indicators).
 */
export async function getReferralFlows(
  db: Db,
  context: RequestContext,
  query: ReferralFlowsQuery,
): Promise<ReferralFlows> {
  const routes = await referralFlows(db, indicatorSelection(context, query));
  return { gstId: query.gstId, from: query.from, to: query.to, routes };
}
