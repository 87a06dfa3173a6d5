import {
  createEncounterInputSchema,
  encounterPageSchema,
  encounterSchema,
  listEncountersQuerySchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { createEncounter } from './create-encounter';
import { listPatientEncounters } from './list-patient-encounters';

const tags = ['encounters'];

/** The shared care record: a patient's timeline of encounters, and recording one (issue #3 §10). */
export function registerEncounterRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/patients/:id/encounters',
    {
      schema: {
        tags,
        params: idParamsSchema,
        querystring: listEncountersQuerySchema,
        response: { 200: encounterPageSchema, ...errorResponses },
      },
    },
    async (request) => listPatientEncounters(db, requestContext(request), request.params.id, request.query),
  );

  app.post(
    '/api/patients/:id/encounters',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: createEncounterInputSchema,
        response: { 201: encounterSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createEncounter(db, requestContext(request), request.params.id, request.body);
      return reply.status(201).send(created);
    },
  );
}
