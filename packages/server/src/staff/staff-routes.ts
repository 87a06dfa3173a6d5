import { z } from 'zod';
import {
  createStaffRequestSchema,
  listStaffQuerySchema,
  staffMemberChangeSchema,
  staffMemberDetailSchema,
  staffPageSchema,
  updateStaffMemberInputSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { createStaffMember } from './create-staff-member';
import { getOwnStaffMember, getStaffMember, getStaffMemberHistory } from './get-staff-member';
import { listStaff } from './list-staff';
import { registerStaffFileRoutes } from './staff-file-routes';
import { registerStaffRecordRoutes } from './staff-record-routes';
import { updateStaffMember } from './update-staff-member';

const tags = ['staff'];
const detail = { 200: staffMemberDetailSchema, ...errorResponses };

/** The regional staff registry (issue #5 §1, §2, §8, §10). */
export function registerStaffRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.get(
    '/api/staff',
    { schema: { tags, querystring: listStaffQuerySchema, response: { 200: staffPageSchema, ...errorResponses } } },
    async (request) => listStaff(db, requestContext(request), request.query),
  );

  app.post(
    '/api/staff',
    { schema: { tags, body: createStaffRequestSchema, response: { 201: staffMemberDetailSchema, ...errorResponses } } },
    async (request, reply) =>
      reply.status(201).send(await createStaffMember(db, requestContext(request), request.body)),
  );

  app.get(
    '/api/staff/me',
    { schema: { tags, querystring: z.strictObject({ gstId: z.uuid() }), response: detail } },
    async (request) => getOwnStaffMember(db, requestContext(request), request.query.gstId),
  );

  app.get('/api/staff/:id', { schema: { tags, params: idParamsSchema, response: detail } }, async (request) =>
    getStaffMember(db, requestContext(request), request.params.id),
  );

  app.patch(
    '/api/staff/:id',
    { schema: { tags, params: idParamsSchema, body: updateStaffMemberInputSchema, response: detail } },
    async (request) => updateStaffMember(db, requestContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/staff/:id/history',
    {
      schema: { tags, params: idParamsSchema, response: { 200: z.array(staffMemberChangeSchema), ...errorResponses } },
    },
    async (request) => getStaffMemberHistory(db, requestContext(request), request.params.id),
  );

  registerStaffRecordRoutes(app, deps);
  registerStaffFileRoutes(app, deps);
}
