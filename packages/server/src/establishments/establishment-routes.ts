import { z } from 'zod';
import {
  authorize,
  canViewEstablishmentHistory,
  canViewRegistry,
  closeEstablishmentInputSchema,
  createEstablishmentInputSchema,
  establishmentChangeSchema,
  establishmentPageSchema,
  establishmentPointSchema,
  establishmentSchema,
  listEstablishmentsQuerySchema,
  reopenEstablishmentInputSchema,
  updateEstablishmentInputSchema,
  visibleGstIds,
} from '@tansiq/domain';
import { listEstablishmentChanges, listEstablishmentPoints, listEstablishments } from '@tansiq/db';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { createEstablishment } from './create-establishment';
import { updateEstablishment } from './update-establishment';
import { changeEstablishmentStatus } from './change-establishment-status';
import { getVisibleEstablishment } from './get-visible-establishment';

const tags = ['establishments'];

export function registerEstablishmentRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/establishments',
    {
      schema: {
        tags,
        querystring: listEstablishmentsQuerySchema,
        response: { 200: establishmentPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = requestContext(request);
      const query = request.query;
      const page = await listEstablishments(db, { gstIds: visibleGstIds(actor) }, query);
      return { ...page, page: query.page, pageSize: query.pageSize };
    },
  );

  app.get(
    '/api/establishments/points',
    {
      schema: {
        tags,
        querystring: z.strictObject({ gstId: z.uuid().optional() }),
        response: { 200: z.array(establishmentPointSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = requestContext(request);
      return listEstablishmentPoints(db, { gstIds: visibleGstIds(actor) }, request.query.gstId);
    },
  );

  app.get(
    '/api/establishments/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: establishmentSchema, ...errorResponses } } },
    async (request) => getVisibleEstablishment(db, requestContext(request).actor, request.params.id),
  );

  app.post(
    '/api/establishments',
    {
      schema: { tags, body: createEstablishmentInputSchema, response: { 201: establishmentSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const created = await createEstablishment(db, requestContext(request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/establishments/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateEstablishmentInputSchema,
        response: { 200: establishmentSchema, ...errorResponses },
      },
    },
    async (request) => updateEstablishment(db, requestContext(request), request.params.id, request.body),
  );

  app.post(
    '/api/establishments/:id/close',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: closeEstablishmentInputSchema,
        response: { 200: establishmentSchema, ...errorResponses },
      },
    },
    async (request) =>
      changeEstablishmentStatus(db, requestContext(request), request.params.id, { kind: 'close', input: request.body }),
  );

  app.post(
    '/api/establishments/:id/reopen',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: reopenEstablishmentInputSchema,
        response: { 200: establishmentSchema, ...errorResponses },
      },
    },
    async (request) =>
      changeEstablishmentStatus(db, requestContext(request), request.params.id, {
        kind: 'reopen',
        input: request.body,
      }),
  );

  app.get(
    '/api/establishments/:id/history',
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: z.array(establishmentChangeSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = requestContext(request);
      const establishment = await getVisibleEstablishment(db, actor, request.params.id);
      const target = {
        gstId: establishment.gstId,
        provinceCode: establishment.province.code,
        establishmentId: establishment.id,
      };
      authorize({
        visible: canViewRegistry(actor, establishment.gstId),
        allowed: canViewEstablishmentHistory(actor, target),
        entity: 'establishment',
        gstId: establishment.gstId,
      });
      return listEstablishmentChanges(db, establishment.gstId, establishment.id);
    },
  );
}
