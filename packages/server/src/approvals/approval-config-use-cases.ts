import {
  assertChainsCoverRequests,
  authorize,
  canConfigureApprovals,
  canViewApprovalConfig,
  conflict,
  notFound,
  requestTypeConfigSchema,
  visibleGstIds,
  type ApprovalConfigList,
  type ApprovalConfigView,
  type PutApprovalConfigInput,
} from '@tansiq/domain';
import { findGstById, insertAuditEvent, listRequestTypeConfigs, saveRequestTypeConfig, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { ApprovalTypeHandlers } from './approval-type-handler';

/** Load, then authorize: 404 for a GST the actor does not work in, 403 without a reading (or configuring) role. */
async function authorizeGst(db: Db, context: RequestContext, gstId: string, write: boolean) {
  const visible = visibleGstIds(context.actor);
  const gst = visible === 'all' || visible.includes(gstId) ? await findGstById(db, gstId) : undefined;
  authorize({
    visible: gst !== undefined,
    allowed: write ? canConfigureApprovals(context.actor, gstId) : canViewApprovalConfig(context.actor, gstId),
    entity: 'GST',
    gstId,
  });
}

/** Every request type the server handles, with the GST's chains or the type's defaults (no access check). */
async function approvalConfigsOf(db: Db, handlers: ApprovalTypeHandlers, gstId: string): Promise<ApprovalConfigList> {
  const stored = new Map((await listRequestTypeConfigs(db, gstId)).map((config) => [config.type, config]));
  const types = [...handlers.values()].map((handler): ApprovalConfigView => {
    const own = stored.get(handler.requestType.type);
    return {
      type: handler.requestType.type,
      chains: own?.chains ?? handler.defaultConfig.chains,
      isDefault: own === undefined,
      updatedAt: own?.updatedAt ?? null,
      updatedByName: own?.updatedByName ?? null,
    };
  });
  return { gstId, types };
}

/**
 * Every request type the server handles, with the GST's chains (or the type's defaults), for the configuration page.
 * @throws AppError not_found, forbidden
 */
export async function listApprovalConfigs(
  db: Db,
  context: RequestContext,
  handlers: ApprovalTypeHandlers,
  gstId: string,
): Promise<ApprovalConfigList> {
  await authorizeGst(db, context, gstId, false);
  return approvalConfigsOf(db, handlers, gstId);
}

/**
 * Replaces a type's chains in a GST (requests already submitted keep theirs). Refused when some request of the type
 * would match no chain (422, with the amount or duration left out), or when someone saved since it was read (409).
 * Audited.
 * @throws AppError not_found (unknown type, GST out of reach), forbidden, unprocessable, conflict
 */
export async function saveApprovalConfig(
  db: Db,
  context: RequestContext,
  handlers: ApprovalTypeHandlers,
  type: string,
  input: PutApprovalConfigInput,
): Promise<ApprovalConfigList> {
  await authorizeGst(db, context, input.gstId, true);
  const handler = handlers.get(type);
  if (!handler) {
    throw notFound('Request type');
  }
  const config = requestTypeConfigSchema.parse({ type, chains: input.chains });
  assertChainsCoverRequests(config, handler.requestType.measured);
  await db.transaction(async (tx) => {
    const saved = await saveRequestTypeConfig(tx, {
      gstId: input.gstId,
      config,
      updatedBy: context.actor.userId,
      expectedUpdatedAt: input.expectedUpdatedAt,
    });
    if (!saved) {
      throw conflict('The chains were changed by someone else: reload them');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'approval_config.save',
        entityType: 'gst',
        entityId: input.gstId,
        gstId: input.gstId,
        purpose: type,
        details: { type, chains: config.chains },
      }),
    );
  });
  return approvalConfigsOf(db, handlers, input.gstId);
}
