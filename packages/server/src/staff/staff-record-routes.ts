import { z } from 'zod';
import {
  endStaffAssignmentInputSchema,
  leaveInputSchema,
  staffAssignmentInputSchema,
  staffMemberDetailSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { addStaffAssignment, endStaffAssignmentOn } from './staff-assignment-use-cases';
import { addStaffLeave, cancelStaffLeaveOf } from './staff-leave-use-cases';

const tags = ['staff'];
const idParams = z.strictObject({ id: z.uuid() });
const created = { 201: staffMemberDetailSchema, ...errorResponses };
const ok = { 200: staffMemberDetailSchema, ...errorResponses };

/** Assignments and leave of a staff member; each answer is the member's page after the change. */
export function registerStaffRecordRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;

  app.post(
    '/api/staff/:id/assignments',
    { schema: { tags, params: idParams, body: staffAssignmentInputSchema, response: created } },
    async (request, reply) =>
      reply.status(201).send(await addStaffAssignment(db, requestContext(request), request.params.id, request.body)),
  );

  app.post(
    '/api/staff/:id/assignments/:assignmentId/end',
    {
      schema: {
        tags,
        params: idParams.extend({ assignmentId: z.uuid() }),
        body: endStaffAssignmentInputSchema,
        response: ok,
      },
    },
    async (request) =>
      endStaffAssignmentOn(db, requestContext(request), request.params.id, request.params.assignmentId, request.body),
  );

  app.post(
    '/api/staff/:id/leaves',
    { schema: { tags, params: idParams, body: leaveInputSchema, response: created } },
    async (request, reply) =>
      reply.status(201).send(await addStaffLeave(db, requestContext(request), request.params.id, request.body)),
  );

  app.post(
    '/api/staff/:id/leaves/:leaveId/cancel',
    { schema: { tags, params: idParams.extend({ leaveId: z.uuid() }), response: ok } },
    async (request) => cancelStaffLeaveOf(db, requestContext(request), request.params.id, request.params.leaveId),
  );
}
