import {
  createPathwayDraftInputSchema,
  discardPathwayDraftInputSchema,
  listPathwayMapsQuerySchema,
  pathwayFlowsQuerySchema,
  pathwayFlowsSchema,
  pathwayMapListSchema,
  pathwayMapSchema,
  pathwayOriginParamsSchema,
  publishPathwayMapInputSchema,
  updatePathwayOriginInputSchema,
} from '@tansiq/domain';
import { z } from 'zod';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { createPathwayDraft } from './create-pathway-draft';
import { discardPathwayDraft } from './discard-pathway-draft';
import { getPathwayFlows } from './get-pathway-flows';
import { getPathwayMap } from './get-pathway-map';
import { listPathwayMaps } from './list-pathway-maps';
import { publishPathwayMap } from './publish-pathway-map';
import { updatePathwayOrigin } from './update-pathway-origin';

const tags = ['pathway-maps'];

/** Specialty pathway maps (filières, issue #4 §1): versions, drafts, rows, publication, flows. */
export function registerPathwayRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/pathway-maps',
    {
      schema: {
        tags,
        querystring: listPathwayMapsQuerySchema,
        response: { 200: pathwayMapListSchema, ...errorResponses },
      },
    },
    async (request) => listPathwayMaps(db, requestContext(request), request.query),
  );

  app.post(
    '/api/pathway-maps',
    { schema: { tags, body: createPathwayDraftInputSchema, response: { 201: pathwayMapSchema, ...errorResponses } } },
    async (request, reply) =>
      reply.status(201).send(await createPathwayDraft(db, requestContext(request), request.body)),
  );

  app.get(
    '/api/pathway-maps/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: pathwayMapSchema, ...errorResponses } } },
    async (request) => getPathwayMap(db, requestContext(request), request.params.id),
  );

  app.delete(
    '/api/pathway-maps/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: discardPathwayDraftInputSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await discardPathwayDraft(db, requestContext(request), request.params.id, request.query);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/pathway-maps/:id/origins/:originId',
    {
      schema: {
        tags,
        params: pathwayOriginParamsSchema,
        body: updatePathwayOriginInputSchema,
        response: { 200: pathwayMapSchema, ...errorResponses },
      },
    },
    async (request) => updatePathwayOrigin(db, requestContext(request), request.params, request.body),
  );

  app.post(
    '/api/pathway-maps/:id/publish',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: publishPathwayMapInputSchema,
        response: { 200: pathwayMapSchema, ...errorResponses },
      },
    },
    async (request) => publishPathwayMap(db, requestContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/pathway-maps/:id/flows',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: pathwayFlowsQuerySchema,
        response: { 200: pathwayFlowsSchema, ...errorResponses },
      },
    },
    async (request) => getPathwayFlows(db, requestContext(request), request.params.id, request.query),
  );
}
