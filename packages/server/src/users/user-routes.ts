import {
  assignmentInputSchema,
  createUserInputSchema,
  listUsersQuerySchema,
  updateUserInputSchema,
  userSchema,
} from '@tansiq/domain';
import { z } from 'zod';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { createUser } from './create-user';
import { updateUser } from './update-user';
import { addAssignment, endAssignment } from './user-assignments';
import { listManagedUsers } from './list-managed-users';

const tags = ['users'];

export function registerUserRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        querystring: listUsersQuerySchema,
        response: {
          200: z.object({
            items: z.array(userSchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => listManagedUsers(db, requestContext(request), request.query),
  );
  app.post(
    '/api/users',
    { schema: { tags, body: createUserInputSchema, response: { 201: userSchema, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createUser(db, requestContext(request), request.body)),
  );
  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: updateUserInputSchema,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => updateUser(db, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/api/users/:id/assignments',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: assignmentInputSchema,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => addAssignment(db, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/api/users/:id/assignments/:assignmentId/end',
    {
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid(), assignmentId: z.uuid() }),
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => endAssignment(db, requestContext(request), request.params.id, request.params.assignmentId),
  );
}
