import { hrDashboardQuerySchema, hrDashboardSchema } from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { getHrDashboard } from './get-hr-dashboard';

const tags = ['hr-dashboard'];

/** HR dashboards (issue #5 §9): aggregates only, never a person's name. */
export function registerHrDashboardRoutes(app: AppInstance, deps: AppDependencies): void {
  app.get(
    '/api/hr-dashboard',
    {
      schema: {
        tags,
        querystring: hrDashboardQuerySchema,
        response: { 200: hrDashboardSchema, ...errorResponses },
      },
    },
    async (request) => getHrDashboard(deps.db, requestContext(request), request.query),
  );
}
