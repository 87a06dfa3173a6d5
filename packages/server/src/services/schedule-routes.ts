import { z } from 'zod';
import {
  consultationClosureSchema,
  consultationScheduleSchema,
  createClosureInputSchema,
  createScheduleInputSchema,
  updateScheduleInputSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { createClosure, deleteClosure } from './closure-use-cases';
import { createSchedule, deleteSchedule, updateSchedule } from './schedule-use-cases';

const tags = ['service directory'];

/** Weekly consultation sessions of the services, and their closures. */
export function registerScheduleRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.post(
    '/api/consultation-schedules',
    {
      schema: {
        tags,
        body: createScheduleInputSchema,
        response: { 201: consultationScheduleSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createSchedule(db, requestContext(request), request.body)),
  );

  app.put(
    '/api/consultation-schedules/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateScheduleInputSchema,
        response: { 200: consultationScheduleSchema, ...errorResponses },
      },
    },
    async (request) => updateSchedule(db, requestContext(request), request.params.id, request.body),
  );

  app.delete(
    '/api/consultation-schedules/:id',
    { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteSchedule(db, requestContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/consultation-closures',
    {
      schema: { tags, body: createClosureInputSchema, response: { 201: consultationClosureSchema, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(await createClosure(db, requestContext(request), request.body)),
  );

  app.delete(
    '/api/consultation-closures/:id',
    { schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await deleteClosure(db, requestContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
