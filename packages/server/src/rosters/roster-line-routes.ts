import { z } from 'zod';
import {
  createRosterLineInputSchema,
  rosterRulesSchema,
  rosterLineListQuerySchema,
  rosterLineRecordSchema,
  updateRosterLineInputSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, gstParamsSchema, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import {
  createRosterLine,
  getRosterLine,
  listGstRosterLines,
  setRosterLineArchived,
  updateRosterLine,
} from './roster-line-use-cases';
import { getRosterRules, setRosterRules } from './roster-rules-use-cases';

const tags = ['rosters'];

/** Roster lines (gardes and astreintes of a service, pooled or not): read by the GST's staff, managed by HR. */
export function registerRosterLineRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/roster-lines',
    {
      schema: {
        tags,
        querystring: rosterLineListQuerySchema,
        response: { 200: z.array(rosterLineRecordSchema), ...errorResponses },
      },
    },
    async (request) =>
      listGstRosterLines(db, requestContext(request), request.query.gstId, request.query.includeArchived === 'true'),
  );

  app.get(
    '/api/roster-lines/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: rosterLineRecordSchema, ...errorResponses } } },
    async (request) => getRosterLine(db, requestContext(request), request.params.id),
  );

  app.post(
    '/api/roster-lines',
    {
      schema: { tags, body: createRosterLineInputSchema, response: { 201: rosterLineRecordSchema, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(await createRosterLine(db, requestContext(request), request.body)),
  );

  app.put(
    '/api/roster-lines/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateRosterLineInputSchema,
        response: { 200: rosterLineRecordSchema, ...errorResponses },
      },
    },
    async (request) => updateRosterLine(db, requestContext(request), request.params.id, request.body),
  );

  app.post(
    '/api/roster-lines/:id/archive',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: z.strictObject({ version: z.number().int().min(1), archived: z.boolean().default(true) }),
        response: { 200: rosterLineRecordSchema, ...errorResponses },
      },
    },
    async (request) => setRosterLineArchived(db, requestContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/gsts/:gstId/roster-rules',
    { schema: { tags, params: gstParamsSchema, response: { 200: rosterRulesSchema, ...errorResponses } } },
    async (request) => getRosterRules(db, requestContext(request), request.params.gstId),
  );

  app.put(
    '/api/gsts/:gstId/roster-rules',
    {
      schema: {
        tags,
        params: gstParamsSchema,
        body: rosterRulesSchema.strict(),
        response: { 200: rosterRulesSchema, ...errorResponses },
      },
    },
    async (request) => setRosterRules(db, requestContext(request), request.params.gstId, request.body),
  );
}
