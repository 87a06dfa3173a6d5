import { z } from 'zod';
import {
  communeSchema,
  gstSchema,
  outOfScope,
  provinceCodeSchema,
  provinceSchema,
  regionCodeSchema,
  regionOverviewSchema,
  updateGstInputSchema,
  visibleGstIds,
} from '@tansiq/domain';
import { listCommunes, listGsts, listProvinces } from '@tansiq/db';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, gstParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { getRegionOverview } from './get-region-overview';
import { updateGst } from '../gsts/update-gst';

export function registerTerritoryRoutes(app: AppInstance, deps: AppDependencies): void {
  app.get(
    '/api/territory/provinces',
    {
      schema: {
        tags: ['territory'],
        querystring: z.strictObject({ regionCode: regionCodeSchema.optional() }),
        response: { 200: z.array(provinceSchema), ...errorResponses },
      },
    },
    async (request) => {
      requestContext(request);
      return listProvinces(deps.db, request.query.regionCode);
    },
  );

  app.get(
    '/api/territory/communes',
    {
      schema: {
        tags: ['territory'],
        querystring: z.strictObject({
          regionCode: regionCodeSchema.optional(),
          provinceCode: provinceCodeSchema.optional(),
        }),
        response: { 200: z.array(communeSchema), ...errorResponses },
      },
    },
    async (request) => {
      requestContext(request);
      return listCommunes(deps.db, request.query);
    },
  );

  app.get(
    '/api/gsts',
    { schema: { tags: ['gsts'], response: { 200: z.array(gstSchema), ...errorResponses } } },
    async (request) => {
      const { actor } = requestContext(request);
      const visible = visibleGstIds(actor);
      return (await listGsts(deps.db)).filter((gst) => visible === 'all' || visible.includes(gst.id));
    },
  );

  app.patch(
    '/api/gsts/:gstId',
    {
      schema: {
        tags: ['gsts'],
        params: gstParamsSchema,
        body: updateGstInputSchema,
        response: { 200: gstSchema, ...errorResponses },
      },
    },
    async (request) => updateGst(deps.db, requestContext(request), request.params.gstId, request.body),
  );

  app.get(
    '/api/gsts/:gstId/overview',
    { schema: { tags: ['gsts'], params: gstParamsSchema, response: { 200: regionOverviewSchema, ...errorResponses } } },
    async (request) => {
      const overview = await getRegionOverview(deps.db, requestContext(request).actor, request.params.gstId);
      if (!overview) {
        throw outOfScope('GST');
      }
      return overview;
    },
  );
}
