import { mobilityImpactSchema, mobilityOptionsQuerySchema, mobilityOptionsSchema } from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { getMobilityImpact } from './get-mobility-impact';
import { listMobilityOptions } from './list-mobility-options';

/** Mobility (issue #5 §5): what approvers see before deciding. Requests themselves go through the approvals. */
export function registerMobilityRoutes(app: AppInstance, deps: AppDependencies): void {
  app.get(
    '/api/approval-requests/:id/mobility-impact',
    {
      schema: {
        tags: ['mobility'],
        params: idParamsSchema,
        response: { 200: mobilityImpactSchema, ...errorResponses },
      },
    },
    async (request) => getMobilityImpact(deps.db, requestContext(request), request.params.id),
  );

  app.get(
    '/api/mobility/options',
    {
      schema: {
        tags: ['mobility'],
        querystring: mobilityOptionsQuerySchema,
        response: { 200: mobilityOptionsSchema, ...errorResponses },
      },
    },
    async (request) => listMobilityOptions(deps.db, requestContext(request), request.query.fromEstablishmentId),
  );
}
