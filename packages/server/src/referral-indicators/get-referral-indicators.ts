import type { ReferralIndicators, ReferralIndicatorsQuery } from '@tansiq/domain';
import { referralIndicators, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { indicatorSelection } from './indicator-selection';

/**
 * Pathway indicators (issue #4 §9) of a GST per specialty, establishment, province or month, with the totals.
 * @throws AppError not_found (another GST), forbidden (a role without indicators).
 */
export async function getReferralIndicators(
  db: Db,
  context: RequestContext,
  query: ReferralIndicatorsQuery,
): Promise<ReferralIndicators> {
  const { groupBy, ...filters } = query;
  const selection = indicatorSelection(context, filters);
  const { rows, totals } = await referralIndicators(db, selection, groupBy);
  return { gstId: query.gstId, from: query.from, to: query.to, side: query.side, groupBy, rows, totals };
}
