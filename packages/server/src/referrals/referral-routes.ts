import { z } from 'zod';
import {
  attachmentSchema,
  bookReferralInputSchema,
  cancelReferralInputSchema,
  counterReferralInputSchema,
  createReferralInputSchema,
  editReferralInputSchema,
  declineReferralInputSchema,
  listReferralsQuerySchema,
  redirectReferralInputSchema,
  referralPageSchema,
  referralSchema,
  referralSummarySchema,
  referralVersionInputSchema,
  referralDestinationsQuerySchema,
  referralDestinationsSchema,
} from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses, idParamsSchema } from '../http/error-responses';
import { requestContext } from '../http/request-context';
import { loggingMessenger, outboxDelivery } from '../notifications/messenger';
import { parseIdempotencyKey, runOnce } from '../patients/idempotency';
import { createReferral, reserveReferralNumber } from './create-referral';
import { editReferral } from './edit-referral';
import { getReferral } from './get-referral';
import { listReferrals } from './list-referrals';
import { listPatientReferrals } from './list-patient-referrals';
import { bookReferral } from './book-referral';
import { listReferralDestinations } from './list-referral-destinations';
import { moveReferral } from './move-referral';
import type { TransitionInput } from './referral-transition-effects';
import { MAX_ATTACHMENT_BYTES } from '../attachments/stored-attachments';
import { addReferralAttachment, readReferralAttachment } from './referral-attachments';
import { sendFile, sendPdf } from '../http/send-pdf';
import { referralLetterKinds } from './compose-referral-letter';
import { printReferralLetter } from './print-referral-letter';

const tags = ['referrals'];

/** The steps of the loop, by sub-resource: `POST /api/referrals/:id/<step>` with the body each step takes. */
const steps = [
  { path: 'send', action: 'send', body: referralVersionInputSchema },
  { path: 'accept', action: 'accept', body: referralVersionInputSchema },
  { path: 'decline', action: 'decline', body: declineReferralInputSchema },
  { path: 'redirect', action: 'redirect', body: redirectReferralInputSchema },
  { path: 'waitlist', action: 'waitlist', body: referralVersionInputSchema },
  { path: 'attend', action: 'attend', body: referralVersionInputSchema },
  { path: 'no-show', action: 'no_show', body: referralVersionInputSchema },
  { path: 'counter-referral', action: 'counter_refer', body: counterReferralInputSchema },
  { path: 'close', action: 'close', body: referralVersionInputSchema },
  { path: 'cancel', action: 'cancel', body: cancelReferralInputSchema },
] as const;

/** Referrals (issue #4 §3): write, worklists, open, each step of the loop, attachments. */
export function registerReferralRoutes(app: AppInstance, deps: AppDependencies): void {
  const { db } = deps;
  const deliver = outboxDelivery(deps.messenger ?? loggingMessenger(app.log));

  app.post(
    '/api/referrals',
    {
      schema: {
        tags,
        body: createReferralInputSchema,
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        response: { 201: referralSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const context = requestContext(request);
      const key = parseIdempotencyKey(request.headers['idempotency-key']);
      const reserved = await reserveReferralNumber(db, request.body.originEstablishmentId);
      const created = await deliver((outbox) =>
        runOnce(db, { userId: context.actor.userId, key, operation: 'referral.create', body: request.body }, (tx) =>
          createReferral(tx, context, request.body, outbox, reserved),
        ),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/referrals',
    {
      schema: { tags, querystring: listReferralsQuerySchema, response: { 200: referralPageSchema, ...errorResponses } },
    },
    async (request) => listReferrals(db, requestContext(request), request.query),
  );

  app.get(
    '/api/referrals/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: referralSchema, ...errorResponses } } },
    async (request) => getReferral(db, requestContext(request), request.params.id),
  );

  app.patch(
    '/api/referrals/:id',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: editReferralInputSchema,
        response: { 200: referralSchema, ...errorResponses },
      },
    },
    async (request) => editReferral(db, requestContext(request), request.params.id, request.body),
  );

  for (const step of steps) {
    app.post(
      `/api/referrals/:id/${step.path}`,
      {
        schema: { tags, params: idParamsSchema, body: step.body, response: { 200: referralSchema, ...errorResponses } },
      },
      async (request) => {
        const input = { ...request.body, action: step.action } as TransitionInput & { version: number };
        return deliver((outbox) => moveReferral(db, requestContext(request), request.params.id, input, outbox));
      },
    );
  }

  app.post(
    '/api/referrals/:id/attachments',
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
      const attachment = await addReferralAttachment(db, requestContext(request), request.params.id, {
        fileName: request.query.fileName,
        declaredType,
        content,
      });
      return reply.status(201).send(attachment);
    },
  );

  app.get(
    '/api/referrals/:id/attachments/:attachmentId',
    { schema: { tags, params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }), response: errorResponses } },
    async (request, reply) => {
      const file = await readReferralAttachment(
        db,
        requestContext(request),
        request.params.id,
        request.params.attachmentId,
      );
      const safeName = file.fileName.replace(/[^\w.-]+/gu, '-').slice(0, 100) || 'attachment';
      return sendFile(reply, file.content, file.mediaType, safeName);
    },
  );

  app.get(
    '/api/referrals/:id/letters/:kind',
    {
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid(), kind: z.enum(referralLetterKinds) }),
        querystring: z.strictObject({ language: z.enum(['fr', 'ar', 'en']).default('fr') }),
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await printReferralLetter(
        db,
        requestContext(request),
        request.params.id,
        request.params.kind,
        request.query.language,
      );
      return sendPdf(reply, pdf, fileName);
    },
  );

  app.get(
    '/api/patients/:id/referrals',
    { schema: { tags, params: idParamsSchema, response: { 200: z.array(referralSummarySchema), ...errorResponses } } },
    async (request) => listPatientReferrals(db, requestContext(request), request.params.id),
  );

  app.post(
    '/api/referrals/:id/appointment',
    {
      schema: {
        tags,
        params: idParamsSchema,
        body: bookReferralInputSchema,
        response: { 200: referralSchema, ...errorResponses },
      },
    },
    async (request) =>
      deliver((outbox) => bookReferral(db, requestContext(request), request.params.id, request.body, outbox)),
  );

  app.get(
    '/api/referral-destinations',
    {
      schema: {
        tags,
        querystring: referralDestinationsQuerySchema,
        response: { 200: referralDestinationsSchema, ...errorResponses },
      },
    },
    async (request) => listReferralDestinations(db, requestContext(request), request.query),
  );
}
