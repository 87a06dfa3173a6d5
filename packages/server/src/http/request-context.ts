import type { FastifyRequest } from 'fastify';
import { unauthenticated, type Actor } from '@tansiq/domain';

/** What a use case needs to know about the request: who acts, and what to write in the audit trail. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  ip: string | null;
}

/**
 * The authenticated context of a request.
 * @throws AppError unauthenticated when the request has no valid session.
 */
export function requestContext(request: FastifyRequest): RequestContext {
  if (!request.actor) {
    throw unauthenticated();
  }
  return { actor: request.actor, requestId: request.id, ip: request.ip };
}
