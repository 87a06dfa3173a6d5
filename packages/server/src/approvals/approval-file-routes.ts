import { z } from 'zod';
import { attachmentSchema } from '@tansiq/domain';
import { MAX_ATTACHMENT_BYTES } from '../attachments/stored-attachments';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { sendFile, sendPdf } from '../http/send-pdf';
import { addApprovalAttachment, readApprovalAttachment } from './approval-attachments';
import { approvalLetterQuerySchema } from './approval-routes';
import type { ApprovalTypeHandlers } from './approval-type-handler';
import { printApprovalLetter } from './print-approval-letter';

const tags = ['approvals'];

/** A request's files and its decision letter. */
export function registerApprovalFileRoutes(
  app: AppInstance,
  deps: AppDependencies,
  handlers: ApprovalTypeHandlers,
): void {
  const { db } = deps;

  app.post(
    '/api/approval-requests/:id/attachments',
    {
      bodyLimit: MAX_ATTACHMENT_BYTES,
      schema: {
        tags,
        params: idParamsSchema,
        querystring: z.strictObject({ fileName: z.string().trim().min(1).max(200) }),
        response: { 201: attachmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const content = request.body instanceof Buffer ? new Uint8Array(request.body) : new Uint8Array();
      const declaredType = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      const file = { fileName: request.query.fileName, declaredType, content };
      return reply.status(201).send(await addApprovalAttachment(db, requestContext(request), request.params.id, file));
    },
  );

  app.get(
    '/api/approval-requests/:id/attachments/:attachmentId',
    { schema: { tags, params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }), response: errorResponses } },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const file = await readApprovalAttachment(db, requestContext(request), id, attachmentId);
      const safeName = file.fileName.replace(/[^\w.-]+/gu, '-').slice(0, 100) || 'attachment';
      return sendFile(reply, file.content, file.mediaType, safeName);
    },
  );

  app.get(
    '/api/approval-requests/:id/letter',
    { schema: { tags, params: idParamsSchema, querystring: approvalLetterQuerySchema, response: errorResponses } },
    async (request, reply) => {
      const context = requestContext(request);
      const { pdf, fileName } = await printApprovalLetter(
        db,
        context,
        handlers,
        request.params.id,
        request.query.language,
      );
      return sendPdf(reply, pdf, fileName);
    },
  );
}
