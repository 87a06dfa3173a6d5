import { z } from 'zod';
import {
  approvalConfigListSchema,
  approvalConfigQuerySchema,
  putApprovalConfigInputSchema,
  requestTypeCodeSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { listApprovalConfigs, saveApprovalConfig } from './approval-config-use-cases';
import type { ApprovalTypeHandlers } from './approval-type-handler';

const tags = ['approvals'];
const response = { 200: approvalConfigListSchema, ...errorResponses };

/** The GST's approval chains per request type (issue #5 §4): read them, replace one type's. */
export function registerApprovalConfigRoutes(
  app: AppInstance,
  deps: AppDependencies,
  handlers: ApprovalTypeHandlers,
): void {
  const { db } = deps;

  app.get(
    '/api/approval-configs',
    { schema: { tags, querystring: approvalConfigQuerySchema, response } },
    async (request) => listApprovalConfigs(db, requestContext(request), handlers, request.query.gstId),
  );

  app.put(
    '/api/approval-configs/:type',
    {
      schema: {
        tags,
        params: z.strictObject({ type: requestTypeCodeSchema }),
        body: putApprovalConfigInputSchema,
        response,
      },
    },
    async (request) => saveApprovalConfig(db, requestContext(request), handlers, request.params.type, request.body),
  );
}
