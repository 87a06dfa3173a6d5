import {
  breakGlassAccessSchema,
  breakGlassReviewPageSchema,
  listBreakGlassAccessesQuerySchema,
  reviewBreakGlassInputSchema,
  startBreakGlassInputSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { endBreakGlass } from './end-break-glass';
import { listBreakGlassAccessesForReview } from './list-break-glass-accesses';
import { reviewBreakGlass } from './review-break-glass';
import { startBreakGlass } from './start-break-glass';

const tags = ['break-glass'];

/** Break-the-glass: start and end an exceptional access, and the data-protection officer's review (issue #3 §10). */
export function registerBreakGlassRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.post(
    '/api/patients/:id/break-glass',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: startBreakGlassInputSchema,
        response: { 201: breakGlassAccessSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const access = await startBreakGlass(db, requestContext(request), request.params.id, request.body);
      return reply.status(201).send(access);
    },
  );

  app.post(
    '/api/break-glass/:id/end',
    { schema: { tags, params: idParamsSchema, response: { 200: breakGlassAccessSchema, ...errorResponses } } },
    async (request) => endBreakGlass(db, requestContext(request), request.params.id),
  );

  app.get(
    '/api/break-glass-accesses',
    {
      schema: {
        tags,
        querystring: listBreakGlassAccessesQuerySchema,
        response: { 200: breakGlassReviewPageSchema, ...errorResponses },
      },
    },
    async (request) => listBreakGlassAccessesForReview(db, requestContext(request), request.query),
  );

  app.post(
    '/api/break-glass-accesses/:id/review',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: reviewBreakGlassInputSchema,
        response: { 200: breakGlassAccessSchema, ...errorResponses },
      },
    },
    async (request) => reviewBreakGlass(db, requestContext(request), request.params.id, request.body),
  );
}
