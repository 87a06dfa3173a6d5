import { authorize, seesWisnGst, wisnViewScope, type WisnViewScope } from '@tansiq/domain';
import type { RequestContext } from '../http/request-context';

/**
 * The part of a GST's WISN the actor may read.
 * @throws AppError not_found (a GST the actor does not work in), forbidden (no WISN role in that GST).
 */
export function wisnScopeOf(context: RequestContext, gstId: string): WisnViewScope {
  const scope = wisnViewScope(context.actor, gstId);
  authorize({ visible: seesWisnGst(context.actor, gstId), allowed: scope !== null, entity: 'GST', gstId });
  return scope ?? 'gst';
}
