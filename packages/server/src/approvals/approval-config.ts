import type { RequestTypeConfig } from '@tansiq/domain';
import { findRequestTypeConfig, type Executor } from '@tansiq/db';
import type { ApprovalTypeHandler } from './approval-type-handler';

/** The chains of a request type in a GST: the GST's own configuration, or the type's defaults. */
export async function requestTypeConfigFor(
  executor: Executor,
  gstId: string,
  handler: ApprovalTypeHandler,
): Promise<RequestTypeConfig> {
  return (await findRequestTypeConfig(executor, gstId, handler.requestType.type)) ?? handler.defaultConfig;
}
