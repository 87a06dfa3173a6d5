import {
  authorize,
  referralIndicatorScope,
  seesGst,
  type OverdueReferralPage,
  type OverdueReferralsQuery,
} from '@tansiq/domain';
import { listOverdueReferrals as queryOverdueReferrals, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

/**
 * The referrals of a GST overdue now, for those who steer it (the director notified of an escalation sees which one,
 * where and since when, without its patient), narrowed to the actor's provinces or establishments as the indicators.
 * @throws AppError not_found (a GST the actor does not work in), forbidden (no indicator role there).
 */
export async function listOverdueReferrals(
  db: Db,
  context: RequestContext,
  query: OverdueReferralsQuery,
  now: Date = new Date(),
): Promise<OverdueReferralPage> {
  const scope = referralIndicatorScope(context.actor, query.gstId);
  authorize({
    visible: seesGst(context.actor, query.gstId),
    allowed: scope !== null,
    entity: 'GST',
    gstId: query.gstId,
  });
  const { page, pageSize, ...filters } = query;
  const result = await queryOverdueReferrals(db, { ...filters, scope: scope ?? 'gst' }, { page, pageSize }, now);
  return { ...result, page, pageSize };
}
