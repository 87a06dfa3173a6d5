import { z } from 'zod';
import {
  answerTeleexpertiseInputSchema,
  attachmentSchema,
  bookTeleconsultationInputSchema,
  cancelTeleexpertiseInputSchema,
  createTeleexpertiseInputSchema,
  listTeleexpertiseQuerySchema,
  teleconsultationReportInputSchema,
  cancelTeleconsultationInputSchema,
  teleconsultationSlotSchema,
  teleexpertisePageSchema,
  teleexpertiseSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { sendFile } from '../http/send-pdf';
import { loggingMessenger, outboxDelivery } from '../notifications/messenger';
import { parseIdempotencyKey, runOnce } from '../patients/idempotency';
import { MAX_ATTACHMENT_BYTES } from '../attachments/stored-attachments';
import { answerTeleexpertise } from './answer-teleexpertise';
import { bookTeleconsultation, listTeleconsultationSlots } from './book-teleconsultation';
import { changeTeleconsultation } from './change-teleconsultation';
import { cancelTeleexpertise } from './cancel-teleexpertise';
import { createTeleexpertise } from './create-teleexpertise';
import { getTeleexpertise } from './get-teleexpertise';
import { listTeleexpertise } from './list-teleexpertise';
import { reportTeleconsultation } from './report-teleconsultation';
import { addTeleexpertiseAttachment, readTeleexpertiseAttachment } from './teleexpertise-attachments';

const tags = ['teleexpertise'];
const one = { 200: teleexpertiseSchema, ...errorResponses };

/** Tele-expertise (issue #4 §6) and its teleconsultations (§7): ask, worklists, open, files, answer, book, report. */
export function registerTeleexpertiseRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;
  const deliver = outboxDelivery(deps.messenger ?? loggingMessenger(app.log));

  app.post(
    '/api/teleexpertise',
    {
      schema: {
        tags,
        body: createTeleexpertiseInputSchema,
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        response: { 201: teleexpertiseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = requestContext(request);
      const key = parseIdempotencyKey(request.headers['idempotency-key']);
      const idempotency = { userId: context.actor.userId, key, operation: 'teleexpertise.create', body: request.body };
      const created = await deliver((outbox) =>
        runOnce(db, idempotency, (tx) => createTeleexpertise(tx, context, request.body, outbox)),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/teleexpertise',
    {
      schema: {
        tags,
        querystring: listTeleexpertiseQuerySchema,
        response: { 200: teleexpertisePageSchema, ...errorResponses },
      },
    },
    async (request) => listTeleexpertise(db, requestContext(request), request.query),
  );

  app.get('/api/teleexpertise/:id', { schema: { tags, params: idParamsSchema, response: one } }, async (request) =>
    getTeleexpertise(db, requestContext(request), request.params.id),
  );

  app.post(
    '/api/teleexpertise/:id/answer',
    { schema: { tags, params: idParamsSchema, body: answerTeleexpertiseInputSchema, response: one } },
    async (request) =>
      deliver((outbox) => answerTeleexpertise(db, requestContext(request), request.params.id, request.body, outbox)),
  );

  app.post(
    '/api/teleexpertise/:id/cancel',
    { schema: { tags, params: idParamsSchema, body: cancelTeleexpertiseInputSchema, response: one } },
    async (request) =>
      deliver((outbox) => cancelTeleexpertise(db, requestContext(request), request.params.id, request.body, outbox)),
  );

  app.get(
    '/api/teleexpertise/:id/teleconsultation-slots',
    {
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: z.array(teleconsultationSlotSchema), ...errorResponses },
      },
    },
    async (request) => listTeleconsultationSlots(db, requestContext(request), request.params.id),
  );

  app.post(
    '/api/teleexpertise/:id/teleconsultation',
    { schema: { tags, params: idParamsSchema, body: bookTeleconsultationInputSchema, response: one } },
    async (request) =>
      deliver((outbox) => bookTeleconsultation(db, requestContext(request), request.params.id, request.body, outbox)),
  );

  app.post(
    '/api/teleexpertise/:id/teleconsultation/cancel',
    { schema: { tags, params: idParamsSchema, body: cancelTeleconsultationInputSchema, response: one } },
    async (request) =>
      changeTeleconsultation(db, requestContext(request), request.params.id, { kind: 'cancel', ...request.body }),
  );

  app.post(
    '/api/teleexpertise/:id/teleconsultation/no-show',
    { schema: { tags, params: idParamsSchema, response: one } },
    async (request) => changeTeleconsultation(db, requestContext(request), request.params.id, { kind: 'no_show' }),
  );

  app.post(
    '/api/appointments/:id/teleconsultation-report',
    { schema: { tags, params: idParamsSchema, body: teleconsultationReportInputSchema, response: one } },
    async (request) =>
      deliver((outbox) => reportTeleconsultation(db, requestContext(request), request.params.id, request.body, outbox)),
  );

  app.post(
    '/api/teleexpertise/:id/attachments',
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
      const attachment = await addTeleexpertiseAttachment(db, requestContext(request), request.params.id, file);
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/api/teleexpertise/:id/attachments/:attachmentId',
    { schema: { tags, params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }), response: errorResponses } },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const file = await readTeleexpertiseAttachment(db, requestContext(request), id, attachmentId);
      const safeName = file.fileName.replace(/[^\w.-]+/gu, '-').slice(0, 100) || 'attachment';
      return sendFile(reply, file.content, file.mediaType, safeName);
    },
  );
}
