import { z } from 'zod';
import {
  editRosterInputSchema,
  generateRosterInputSchema,
  myRosterQuerySchema,
  myRosterShiftSchema,
  publishRosterInputSchema,
  rosterDetailSchema,
  rosterListQuerySchema,
  rosterSummarySchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { sendPdf } from '../http/send-pdf';
import { generateMonthRoster } from './generate-month-roster';
import { printRoster } from './print-roster';
import { editRoster, getRosterDetail, listGstRosters, listMyRosterShifts, publishRoster } from './roster-use-cases';

const tags = ['rosters'];
const detail = { 200: rosterDetailSchema, ...errorResponses };

/**
 * Monthly rosters: generate (the optimiser runs in a worker thread), read with gaps and fairness, edit a shift (422
 * when a rule would break), publish, print, and each person's own shifts. Swaps between staff go through the
 * approvals (`roster-swap-handler.ts`, `roster-swap-routes.ts`).
 */
export function registerRosterRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/rosters',
    {
      schema: {
        tags,
        querystring: rosterListQuerySchema,
        response: { 200: z.array(rosterSummarySchema), ...errorResponses },
      },
    },
    async (request) => listGstRosters(db, requestContext(request), request.query.gstId, request.query.month ?? null),
  );

  app.get(
    '/api/rosters/mine',
    {
      schema: {
        tags,
        querystring: myRosterQuerySchema,
        response: { 200: z.array(myRosterShiftSchema), ...errorResponses },
      },
    },
    async (request) => listMyRosterShifts(db, requestContext(request), request.query.month),
  );

  app.post(
    '/api/rosters/generate',
    { schema: { tags, body: generateRosterInputSchema, response: { 201: rosterDetailSchema, ...errorResponses } } },
    async (request, reply) =>
      reply.status(201).send(await generateMonthRoster(db, requestContext(request), request.body)),
  );

  app.get('/api/rosters/:id', { schema: { tags, params: idParamsSchema, response: detail } }, async (request) =>
    getRosterDetail(db, requestContext(request), request.params.id),
  );

  app.patch(
    '/api/rosters/:id',
    { schema: { tags, params: idParamsSchema, body: editRosterInputSchema, response: detail } },
    async (request) => editRoster(db, requestContext(request), request.params.id, request.body),
  );

  app.post(
    '/api/rosters/:id/publish',
    { schema: { tags, params: idParamsSchema, body: publishRosterInputSchema, response: detail } },
    async (request) => publishRoster(db, requestContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/rosters/:id/print',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: z.strictObject({ language: z.enum(['fr', 'ar', 'en']).default('fr') }),
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await printRoster(
        db,
        requestContext(request),
        request.params.id,
        request.query.language,
      );
      return sendPdf(reply, pdf, fileName);
    },
  );
}
