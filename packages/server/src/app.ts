import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { unauthenticated } from '@tansiq/domain';
import type { AppDependencies, AppInstance } from './http/app-types';
import { buildErrorHandler } from './http/error-handler';
import { checkCsrf } from './http/csrf-guard';
import { buildAuthenticate } from './auth/authenticate';
import { registerAuthRoutes } from './auth/auth-routes';
import { registerTerritoryRoutes } from './territory/territory-routes';
import { registerGeoRoutes } from './territory/geo-routes';
import { registerEstablishmentRoutes } from './establishments/establishment-routes';
import { registerEstablishmentFileRoutes } from './establishments/establishment-file-routes';
import { registerUserRoutes } from './users/user-routes';
import { registerAuditRoutes } from './audit/audit-routes';
import { registerPatientRoutes } from './patients/patient-routes';
import { registerEncounterRoutes } from './encounters/encounter-routes';
import { registerBreakGlassRoutes } from './break-glass/break-glass-routes';
import { registerDuplicateRoutes } from './duplicates/duplicate-routes';
import { registerDeduplicationRoutes } from './deduplication/deduplication-routes';
import { registerPatientImportRoutes } from './patient-imports/patient-import-routes';
import { registerReferralRoutes } from './referrals/referral-routes';
import { registerNotificationRoutes } from './notifications/notification-routes';
import { MAX_ATTACHMENT_BYTES } from './attachments/stored-attachments';
import { registerServiceDirectoryRoutes } from './services/service-routes';
import { registerPathwayRoutes } from './pathways/pathway-routes';
import { registerTeleexpertiseRoutes } from './teleexpertise/teleexpertise-routes';
import { registerReferralIndicatorRoutes } from './referral-indicators/referral-indicator-routes';
import { registerStaffRoutes } from './staff/staff-routes';
import {
  approvalTypeHandlers,
  registerApprovalDelegationRoutes,
  registerApprovalConfigRoutes,
  registerApprovalFileRoutes,
  registerApprovalRoutes,
} from './approvals';
import { mobilityHandler, registerMobilityRoutes } from './mobility';
import { registerRosterLineRoutes } from './rosters/roster-line-routes';
import { registerRosterRoutes } from './rosters/roster-routes';
import { rosterSwapHandler } from './rosters/roster-swap-handler';
import { registerRosterSwapRoutes } from './rosters/roster-swap-routes';
import { registerWisnRoutes } from './wisn/wisn-routes';
import { registerIncentiveRoutes } from './incentives';
import { registerHrDashboardRoutes } from './hr-dashboard/hr-dashboard-routes';

export const bodyLimitBytes = 1_048_576;

/** Builds the HTTP application: API under /api, OpenAPI at /api/docs, the web app everywhere else. */
export async function buildApp(deps: AppDependencies, options: { logger?: boolean } = {}): Promise<AppInstance> {
  const app = Fastify({
    bodyLimit: bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    genReqId: () => randomUUID(),
    logger:
      options.logger === false
        ? false
        : {
            level: deps.config.logLevel,
            // Never log credentials, cookies or CSRF tokens.
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["x-csrf-token"]',
              'res.headers["set-cookie"]',
              'body.password',
            ],
          },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.setErrorHandler(buildErrorHandler(deps.db));
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: bodyLimitBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );

  // Attachments (PDF, JPEG, PNG) arrive as raw bytes; their routes set a larger limit and check the content's type.
  app.addContentTypeParser(
    ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Tansiq API', description: 'Unified regional information system of a GST', version: '0.1.0' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const authenticate = buildAuthenticate(deps.db, deps.config);
  // preValidation: after the body is parsed, before the schemas run, so an anonymous or cross-site request is refused
  // (401/403) before it can learn anything from validation messages.
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) {
      return;
    }
    await authenticate(request);
    checkCsrf(request, { requireToken: !request.routeOptions.config.public });
    if (!request.routeOptions.config.public && !request.actor) {
      throw unauthenticated();
    }
  });

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        response: { 200: z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['ok', 'unavailable']) }) },
      },
    },
    async (request) => {
      try {
        await deps.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: 'ok' as const };
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unavailable');
        return { status: 'degraded' as const, database: 'unavailable' as const };
      }
    },
  );
  registerAuthRoutes(app, deps);
  registerTerritoryRoutes(app, deps);
  registerGeoRoutes(app, deps);
  registerEstablishmentRoutes(app, deps);
  registerEstablishmentFileRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerPatientRoutes(app, deps);
  registerEncounterRoutes(app, deps);
  registerBreakGlassRoutes(app, deps);
  registerDuplicateRoutes(app, deps);
  registerDeduplicationRoutes(app, deps);
  registerPatientImportRoutes(app, deps);
  registerReferralRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerServiceDirectoryRoutes(app, deps);
  registerPathwayRoutes(app, deps);
  registerTeleexpertiseRoutes(app, deps);
  registerReferralIndicatorRoutes(app, deps);
  registerStaffRoutes(app, deps);
  const approvalHandlers = approvalTypeHandlers([mobilityHandler, rosterSwapHandler]);
  registerApprovalRoutes(app, deps, approvalHandlers);
  registerApprovalFileRoutes(app, deps, approvalHandlers);
  registerApprovalConfigRoutes(app, deps, approvalHandlers);
  registerApprovalDelegationRoutes(app, deps);
  registerMobilityRoutes(app, deps);
  registerRosterLineRoutes(app, deps);
  registerRosterRoutes(app, deps);
  registerRosterSwapRoutes(app, deps);
  registerWisnRoutes(app, deps);
  registerIncentiveRoutes(app, deps);
  registerHrDashboardRoutes(app, deps);

  if (existsSync(deps.config.webDistDir)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without restarting the server.
    await app.register(fastifyStatic, { root: deps.config.webDistDir, wildcard: true });
    // Client-side routes: any non-API GET serves the single-page app.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.status(404).send({ error: { code: 'not_found', message: 'Not found', issues: [] } });
    });
  } else {
    app.setNotFoundHandler((_request, reply) =>
      reply.status(404).send({ error: { code: 'not_found', message: 'Not found', issues: [] } }),
    );
  }
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });
  return app;
}
