import {
  establishmentWisnQuerySchema,
  establishmentWisnSchema,
  putWisnStandardInputSchema,
  putWisnWorkloadInputSchema,
  regionalWisnQuerySchema,
  regionalWisnSchema,
  wisnStandardListSchema,
  wisnStandardsQuerySchema,
  wisnStandardVersionSchema,
  wisnWhatIfInputSchema,
  wisnWhatIfResponseSchema,
  wisnWorkloadQuerySchema,
  wisnWorkloadFiguresSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { getEstablishmentWisn } from './get-establishment-wisn';
import { getRegionalWisn } from './get-regional-wisn';
import { runWisnWhatIf } from './run-wisn-what-if';
import { listWisnStandardList, saveWisnStandard } from './wisn-standard-use-cases';
import { getWisnWorkload, putWisnWorkload } from './wisn-workload-use-cases';

const tags = ['wisn'];

/** WISN staffing need (issue #5 §3): standards, entered workload, regional result, one calculation, what-if. */
export function registerWisnRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/wisn',
    {
      schema: { tags, querystring: regionalWisnQuerySchema, response: { 200: regionalWisnSchema, ...errorResponses } },
    },
    async (request) => getRegionalWisn(db, requestContext(request), request.query),
  );

  app.get(
    '/api/wisn/standards',
    {
      schema: {
        tags,
        querystring: wisnStandardsQuerySchema,
        response: { 200: wisnStandardListSchema, ...errorResponses },
      },
    },
    async (request) => listWisnStandardList(db, requestContext(request), request.query.gstId),
  );

  app.put(
    '/api/wisn/standards',
    {
      schema: {
        tags,
        body: putWisnStandardInputSchema,
        response: { 200: wisnStandardVersionSchema, ...errorResponses },
      },
    },
    async (request) => saveWisnStandard(db, requestContext(request), request.body),
  );

  app.get(
    '/api/wisn/workload',
    {
      schema: {
        tags,
        querystring: wisnWorkloadQuerySchema,
        response: { 200: wisnWorkloadFiguresSchema, ...errorResponses },
      },
    },
    async (request) => getWisnWorkload(db, requestContext(request), request.query),
  );

  app.put(
    '/api/wisn/workload',
    {
      schema: {
        tags,
        body: putWisnWorkloadInputSchema,
        response: { 200: wisnWorkloadFiguresSchema, ...errorResponses },
      },
    },
    async (request) => putWisnWorkload(db, requestContext(request), request.body),
  );

  app.get(
    '/api/wisn/establishments/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: establishmentWisnQuerySchema,
        response: { 200: establishmentWisnSchema, ...errorResponses },
      },
    },
    async (request) => getEstablishmentWisn(db, requestContext(request), request.params.id, request.query),
  );

  app.post(
    '/api/wisn/what-if',
    { schema: { tags, body: wisnWhatIfInputSchema, response: { 200: wisnWhatIfResponseSchema, ...errorResponses } } },
    async (request) => runWisnWhatIf(db, requestContext(request), request.body),
  );
}
