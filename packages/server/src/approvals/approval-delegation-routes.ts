import { z } from 'zod';
import {
  approvalDelegationListSchema,
  approvalDelegationViewSchema,
  createApprovalDelegationInputSchema,
  moroccoDay,
} from '@tansiq/domain';
import { listGstUserNames } from '@tansiq/db';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { createApprovalDelegation, listApprovalDelegations, revokeDelegation } from './approval-delegations';

const tags = ['approvals'];
const candidatesSchema = z.object({ items: z.array(z.object({ id: z.uuid(), displayName: z.string() })) });

/** Delegations of approvals while an approver is absent (issue #5 §4). */
export function registerApprovalDelegationRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.post(
    '/api/approval-delegations',
    {
      schema: {
        tags,
        body: createApprovalDelegationInputSchema,
        response: { 201: approvalDelegationViewSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApprovalDelegation(db, requestContext(request), request.body)),
  );

  app.get(
    '/api/approval-delegations',
    { schema: { tags, response: { 200: approvalDelegationListSchema, ...errorResponses } } },
    async (request) => listApprovalDelegations(db, requestContext(request).actor),
  );

  app.get(
    '/api/approval-delegations/candidates',
    { schema: { tags, response: { 200: candidatesSchema, ...errorResponses } } },
    async (request) => {
      const gstId = requestContext(request).actor.assignments.find((a) => a.gstId !== null)?.gstId;
      const items = gstId ? await listGstUserNames(db, gstId, moroccoDay(new Date())) : [];
      return { items: items.filter((item) => item.id !== request.actor?.userId) };
    },
  );

  app.post(
    '/api/approval-delegations/:id/revoke',
    { schema: { tags, params: idParamsSchema, response: { 200: approvalDelegationViewSchema, ...errorResponses } } },
    async (request) => revokeDelegation(db, requestContext(request), request.params.id),
  );
}
