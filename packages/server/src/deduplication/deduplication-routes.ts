import {
  deduplicationRunPageSchema,
  deduplicationRunSchema,
  listDeduplicationRunsQuerySchema,
  startDeduplicationRunInputSchema,
} from '@tansiq/domain';
import { listDeduplicationRuns } from '@tansiq/db';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { authorizeDeduplication, getDeduplicationRun } from './deduplication-access';
import { presentDeduplicationRun } from './present-deduplication-run';
import { startDeduplicationRun } from './start-deduplication-run';

const tags = ['deduplication'];

/** Batch deduplication of the regional index: start a run, follow its progress (GST administrators). */
export function registerDeduplicationRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.post(
    '/api/deduplication-runs',
    {
      schema: {
        tags,
        body: startDeduplicationRunInputSchema,
        response: { 202: deduplicationRunSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const run = await startDeduplicationRun(deps, requestContext(request), request.body);
      return reply.status(202).send(run);
    },
  );

  app.get(
    '/api/deduplication-runs',
    {
      schema: {
        tags,
        querystring: listDeduplicationRunsQuerySchema,
        response: { 200: deduplicationRunPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = requestContext(request);
      const query = request.query;
      await authorizeDeduplication(db, actor, query.gstId);
      const page = await listDeduplicationRuns(db, query.gstId, query);
      return {
        items: page.items.map(presentDeduplicationRun),
        total: page.total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  app.get(
    '/api/deduplication-runs/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: deduplicationRunSchema, ...errorResponses } } },
    async (request) =>
      presentDeduplicationRun(await getDeduplicationRun(db, requestContext(request).actor, request.params.id)),
  );
}
