import { z } from 'zod';
import { gstHolidaySchema, replaceGstHolidaysInputSchema } from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, gstParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { getGstHolidays, updateGstHolidays } from './holiday-use-cases';

/** The public holidays of a GST's working calendar (consultation sessions, referral timers). */
export function registerHolidayRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;
  const tags = ['gsts'];

  app.get(
    '/api/gsts/:gstId/holidays',
    { schema: { tags, params: gstParamsSchema, response: { 200: z.array(gstHolidaySchema), ...errorResponses } } },
    async (request) => getGstHolidays(db, requestContext(request), request.params.gstId),
  );

  app.put(
    '/api/gsts/:gstId/holidays',
    {
      schema: {
        tags,
        params: gstParamsSchema,
        body: replaceGstHolidaysInputSchema,
        response: { 200: z.array(gstHolidaySchema), ...errorResponses },
      },
    },
    async (request) => updateGstHolidays(db, requestContext(request), request.params.gstId, request.body),
  );
}
