import type { FastifyRequest } from 'fastify';
import { activeRoleAssignments, todayInMorocco } from '@tansiq/domain';
import { findSessionActor, touchSession, type Db } from '@tansiq/db';
import type { AppConfig } from '../config';
import { hashToken, sessionCookieName } from './session-token';

/**
 * Puts the actor on the request from the session cookie: a live, unrevoked session not idle for too long, of an
 * active user; roles are the assignments valid today.
 */
export function buildAuthenticate(db: Db, config: AppConfig) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    request.actor = null;
    request.session = null;
    const token = request.cookies[sessionCookieName];
    if (!token) {
      return;
    }
    const now = new Date();
    const tokenHash = hashToken(token);
    const found = await findSessionActor(db, tokenHash, now);
    if (!found || now.getTime() - found.session.lastSeenAt.getTime() > config.session.idleMinutes * 60_000) {
      return;
    }
    const { session, user, assignments } = found;
    // Record activity often enough that the idle limit is never cut short by more than a tenth (at most a minute).
    const touchEveryMs = Math.min(60_000, (config.session.idleMinutes * 60_000) / 10);
    if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs) {
      await touchSession(db, tokenHash, now);
    }
    request.session = { tokenHash, csrfToken: session.csrfToken };
    request.actor = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      assignments: activeRoleAssignments(assignments, todayInMorocco(now)),
    };
  };
}
