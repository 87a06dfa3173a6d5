import { authorize, referralIndicatorScope, seesGst, type ReferralFlowsQuery } from '@tansiq/domain';
import type { IndicatorSelection } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

/**
 * The selection an actor may read: the query's filters, narrowed to their province or establishment when their role
 * reaches no further.
 * @throws AppError not_found (a GST the actor does not work in), forbidden (no indicator role in that GST).
 */
export function indicatorSelection(context: RequestContext, query: ReferralFlowsQuery): IndicatorSelection {
  const scope = referralIndicatorScope(context.actor, query.gstId);
  authorize({
    visible: seesGst(context.actor, query.gstId),
    allowed: scope !== null,
    entity: 'GST',
    gstId: query.gstId,
  });
  return { ...query, scope: scope ?? 'gst' };
}
