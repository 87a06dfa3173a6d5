import { z } from 'zod';
import {
  approvalCommentInputSchema,
  approvalReasonInputSchema,
  approvalRequestListSchema,
  approvalRequestViewSchema,
  approvalVersionInputSchema,
  createApprovalRequestInputSchema,
  editApprovalRequestInputSchema,
  listApprovalRequestsQuerySchema,
  timeToDecisionStatsSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { loggingMessenger, outboxDelivery } from '../notifications/messenger';
import { actOnApprovalRequest, type ApprovalActionInput } from './act-on-approval-request';
import { approvalStatsQuerySchema, getApprovalStats } from './approval-stats';
import type { ApprovalTypeHandlers } from './approval-type-handler';
import { createApprovalRequest } from './create-approval-request';
import { editApprovalRequest } from './edit-approval-request';
import { getApprovalRequest } from './get-approval-request';
import { listApprovalRequestsFor } from './list-approval-requests';

const tags = ['approvals'];

/** The actions, by sub-resource: `POST /api/approval-requests/:id/<action>`. */
const actions = [
  { path: 'submit', body: approvalVersionInputSchema },
  { path: 'approve', body: approvalVersionInputSchema },
  { path: 'withdraw', body: approvalVersionInputSchema },
  { path: 'reject', body: approvalReasonInputSchema },
  { path: 'return', body: approvalReasonInputSchema },
  { path: 'comment', body: approvalCommentInputSchema },
] as const;

/** Requests for approval (issue #5 §4): raise, worklists, time to decision, open, act. */
export function registerApprovalRoutes(app: AppInstance, deps: AppDependencies, handlers: ApprovalTypeHandlers): void {
  const { db } = deps;
  const deliver = outboxDelivery(deps.messenger ?? loggingMessenger(app.log));

  app.post(
    '/api/approval-requests',
    {
      schema: {
        tags,
        body: createApprovalRequestInputSchema,
        response: { 201: approvalRequestViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = requestContext(request);
      const created = await deliver((outbox) => createApprovalRequest(db, context, handlers, request.body, outbox));
      return reply.status(201).send(await getApprovalRequest(db, context, created.id));
    },
  );

  app.get(
    '/api/approval-requests',
    {
      schema: {
        tags,
        querystring: listApprovalRequestsQuerySchema,
        response: { 200: approvalRequestListSchema, ...errorResponses },
      },
    },
    async (request) => listApprovalRequestsFor(db, requestContext(request), request.query),
  );

  app.get(
    '/api/approval-requests/stats',
    {
      schema: {
        tags,
        querystring: approvalStatsQuerySchema,
        response: { 200: timeToDecisionStatsSchema, ...errorResponses },
      },
    },
    async (request) => getApprovalStats(db, requestContext(request).actor, request.query),
  );

  app.get(
    '/api/approval-requests/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: approvalRequestViewSchema, ...errorResponses } } },
    async (request) => getApprovalRequest(db, requestContext(request), request.params.id),
  );

  app.patch(
    '/api/approval-requests/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: editApprovalRequestInputSchema,
        response: { 200: approvalRequestViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const context = requestContext(request);
      await editApprovalRequest(db, context, handlers, request.params.id, request.body);
      return getApprovalRequest(db, context, request.params.id);
    },
  );

  for (const action of actions) {
    app.post(
      `/api/approval-requests/:id/${action.path}`,
      {
        schema: {
          tags,
          params: idParamsSchema,
          body: action.body,
          response: { 200: approvalRequestViewSchema, ...errorResponses },
        },
      },
      async (request) => {
        const context = requestContext(request);
        const input = { ...request.body, action: action.path } as ApprovalActionInput;
        await deliver((outbox) => actOnApprovalRequest(db, context, handlers, request.params.id, input, outbox));
        return getApprovalRequest(db, context, request.params.id);
      },
    );
  }
}

export const approvalLetterQuerySchema = z.strictObject({ language: z.enum(['fr', 'ar', 'en']).default('fr') });
