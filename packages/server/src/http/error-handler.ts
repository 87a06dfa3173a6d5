import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, httpStatusByCode, isAppError, type FieldIssue } from '@tansiq/domain';
import { insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';

const pathFromPointer = (pointer: string): (string | number)[] =>
  pointer
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/** Turns whatever was thrown into an AppError with a message safe to show. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) {
    return error;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const issues: FieldIssue[] = error.validation.map((issue) => ({
      path: [...(context && context !== 'body' ? [context] : []), ...pathFromPointer(issue.instancePath)],
      message: issue.message ?? 'Invalid value',
      code: issue.keyword,
    }));
    return new AppError('validation_failed', 'The input is not valid', { issues });
  }
  const fastifyError = error as Partial<FastifyError> & { code?: string; cause?: { code?: unknown } };
  // The database driver's error (a unique violation…) may come wrapped by the query builder, with its code in `cause`.
  const code =
    fastifyError.code ?? (typeof fastifyError.cause?.code === 'string' ? fastifyError.cause.code : undefined);
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is larger than this route accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('validation_failed', fastifyError.message ?? 'The request body is not valid');
    case '23505':
      return new AppError('conflict', 'A record with the same identifier already exists');
    default:
      break;
  }
  if (error instanceof SyntaxError || fastifyError.statusCode === 400) {
    return new AppError('validation_failed', 'The request body is not valid JSON');
  }
  return new AppError('internal', 'Something went wrong on our side; the error was logged', { cause: error });
}

/**
 * The one error handler (STYLE §5): maps each code to its status and `{ error: { code, message, issues } }`.
 * Refused access is written to the audit trail.
 */
export function buildErrorHandler(db: Db) {
  return async function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
    const appError = toAppError(error);
    if (appError.code === 'internal') {
      request.log.error({ err: error, serialization: isResponseSerializationError(error) }, 'request failed');
    }
    if (appError.denied && request.actor) {
      try {
        await insertAuditEvent(
          db,
          auditEventFor(
            { actor: request.actor, requestId: request.id, ip: request.ip },
            {
              action: `${request.method} ${request.routeOptions.url ?? request.url}`,
              entityType: 'request',
              entityId: request.url.slice(0, 200),
              gstId: appError.gstId,
              outcome: 'denied',
              details: { status: httpStatusByCode[appError.code] },
            },
          ),
        );
      } catch (auditError) {
        request.log.error({ err: auditError }, 'could not audit a denied request');
      }
    }
    return reply.status(httpStatusByCode[appError.code]).send({
      error: {
        code: appError.code,
        message: appError.message,
        issues: appError.issues,
        ...(appError.details ? { details: appError.details } : {}),
      },
    });
  };
}
