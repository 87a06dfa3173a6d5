import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { AppError } from '@tansiq/domain';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * CSRF protection on every state-changing request: the Origin (when the browser sends it) must be this host, and a
 * request made with a session must carry the session's token in `x-csrf-token` (synchroniser token pattern).
 * @throws AppError forbidden.
 */
export function checkCsrf(request: FastifyRequest, options: { requireToken: boolean }): void {
  if (safeMethods.has(request.method)) {
    return;
  }
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError('forbidden', 'Cross-site request refused');
    }
    if (originHost !== request.headers.host) {
      throw new AppError('forbidden', 'Cross-site request refused');
    }
  }
  // Public routes (login) are reachable with a stale cookie from another user; they rely on the Origin check and the
  // SameSite=Strict cookie instead.
  if (request.session && options.requireToken) {
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameToken(header, request.session.csrfToken)) {
      throw new AppError('forbidden', 'Missing or invalid CSRF token; reload the page');
    }
  }
}
