import { z } from 'zod';
import { loginInputSchema, meSchema, updateMeInputSchema } from '@tansiq/domain';
import { insertAuditEvent, revokeSession, updateUserRow } from '@tansiq/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { requestContext } from '../http/request-context';
import { auditEventFor } from '../audit/audit-event-for';
import { errorResponses } from '../http/error-responses';
import { login } from './login';
import { presentMe } from './present-me';
import { sessionCookieName } from './session-token';

function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDependencies,
  token: string,
  expiresAt: Date,
) {
  const secure = deps.config.cookieSecure === 'auto' ? request.protocol === 'https' : deps.config.cookieSecure;
  reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function registerAuthRoutes(app: AppInstance, deps: AppDependencies): void {
  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: { tags: ['auth'], body: loginInputSchema, response: { 200: meSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const result = await login(deps, request.body, {
        ip: request.ip,
        requestId: request.id,
        userAgent: request.headers['user-agent'] ?? null,
        previousTokenHash: request.session?.tokenHash ?? null,
      });
      setSessionCookie(request, reply, deps, result.token, result.expiresAt);
      return presentMe(deps.db, result.userId, result.csrfToken, deps.config.demoMode);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const context = requestContext(request);
      if (request.session) {
        const tokenHash = request.session.tokenHash;
        await deps.db.transaction(async (tx) => {
          await revokeSession(tx, tokenHash);
          await insertAuditEvent(
            tx,
            auditEventFor(context, { action: 'auth.logout', entityType: 'user', entityId: context.actor.userId }),
          );
        });
      }
      reply.clearCookie(sessionCookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    { schema: { tags: ['auth'], response: { 200: meSchema, ...errorResponses } } },
    async (request) => {
      const context = requestContext(request);
      return presentMe(deps.db, context.actor.userId, request.session?.csrfToken ?? '', deps.config.demoMode);
    },
  );

  app.patch(
    '/api/me',
    { schema: { tags: ['auth'], body: updateMeInputSchema, response: { 200: meSchema, ...errorResponses } } },
    async (request) => {
      const context = requestContext(request);
      await deps.db.transaction(async (tx) => {
        await updateUserRow(tx, context.actor.userId, { locale: request.body.locale });
        await insertAuditEvent(
          tx,
          auditEventFor(context, {
            action: 'user.locale',
            entityType: 'user',
            entityId: context.actor.userId,
            details: { locale: request.body.locale },
          }),
        );
      });
      return presentMe(deps.db, context.actor.userId, request.session?.csrfToken ?? '', deps.config.demoMode);
    },
  );
}
