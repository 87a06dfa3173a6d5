import { AppError, rateLimited, type LoginInput } from '@tansiq/domain';
import {
  countRecentFailures,
  findUserCredentials,
  insertAuditEvent,
  insertSession,
  recordLoginAttempt,
  revokeSession,
  updateUserRow,
  type Db,
} from '@tansiq/db';
import type { AppConfig } from '../config';
import { auditEventFor } from '../audit/audit-event-for';
import { verifyAgainstDummy, verifyPassword } from './password';
import { hashToken, newToken } from './session-token';

export interface LoginResult {
  userId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

const invalidCredentials = () => new AppError('unauthenticated', 'Invalid username or password');

/**
 * Checks a username and password and opens a new session (the old one, if any, is revoked: session rotation).
 * Failed attempts are counted per account and per IP and audited; past the limits the answer is 429 whatever the
 * password.
 * @throws AppError unauthenticated, rate_limited.
 */
export async function login(
  deps: { db: Db; config: AppConfig },
  input: LoginInput,
  request: { ip: string; requestId: string; userAgent: string | null; previousTokenHash: string | null },
): Promise<LoginResult> {
  const { db, config } = deps;
  const now = new Date();
  const since = new Date(now.getTime() - config.loginLimits.windowMinutes * 60_000);
  const failures = await countRecentFailures(db, { username: input.username, ip: request.ip, since });
  const auditContext = { actor: null, requestId: request.requestId, ip: request.ip };
  if (
    failures.byUsername >= config.loginLimits.maxFailuresPerAccount ||
    failures.byIp >= config.loginLimits.maxFailuresPerIp
  ) {
    await insertAuditEvent(
      db,
      auditEventFor(auditContext, {
        action: 'auth.login',
        entityType: 'user',
        entityId: input.username,
        outcome: 'denied',
        details: { reason: 'rate_limited' },
      }),
    );
    throw rateLimited(`Too many failed attempts; try again in ${config.loginLimits.windowMinutes} minutes`);
  }
  const credentials = await findUserCredentials(db, input.username);
  const valid = credentials?.isActive
    ? await verifyPassword(credentials.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!credentials || !valid) {
    await db.transaction(async (tx) => {
      await recordLoginAttempt(tx, { username: input.username, ip: request.ip, succeeded: false });
      await insertAuditEvent(
        tx,
        auditEventFor(
          { ...auditContext, actor: null },
          { action: 'auth.login', entityType: 'user', entityId: credentials?.id ?? input.username, outcome: 'failure' },
        ),
      );
    });
    throw invalidCredentials();
  }
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + config.session.absoluteHours * 3_600_000);
  await db.transaction(async (tx) => {
    if (request.previousTokenHash) {
      await revokeSession(tx, request.previousTokenHash);
    }
    await insertSession(tx, {
      tokenHash: hashToken(token),
      userId: credentials.id,
      csrfToken,
      expiresAt,
      ip: request.ip,
      userAgent: request.userAgent,
    });
    await recordLoginAttempt(tx, { username: input.username, ip: request.ip, succeeded: true });
    await updateUserRow(tx, credentials.id, { lastLoginAt: now });
    await insertAuditEvent(tx, {
      ...auditEventFor(auditContext, { action: 'auth.login', entityType: 'user', entityId: credentials.id }),
      actorUserId: credentials.id,
    });
  });
  return { userId: credentials.id, token, csrfToken, expiresAt };
}
