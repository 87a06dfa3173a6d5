import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Executor, Tx } from '../client';
import { loginAttempts, sessions } from '../schema/index';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function insertSession(
  tx: Tx,
  session: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await tx.insert(sessions).values(session);
}

/** A session that is neither revoked nor past its absolute expiry (idle expiry is checked by the caller). */
export async function findLiveSession(
  executor: Executor,
  tokenHash: string,
  now: Date,
): Promise<SessionRecord | undefined> {
  const [row] = await executor
    .select({
      tokenHash: sessions.tokenHash,
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  return row;
}

export async function touchSession(executor: Executor, tokenHash: string, now: Date): Promise<void> {
  await executor.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function revokeSession(executor: Executor, tokenHash: string): Promise<void> {
  await executor.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));
}

/** Revokes every live session of a user (deactivation, password change). */
export async function revokeUserSessions(executor: Executor, userId: string): Promise<void> {
  await executor
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

export async function recordLoginAttempt(
  executor: Executor,
  attempt: { username: string; ip: string; succeeded: boolean },
): Promise<void> {
  await executor.insert(loginAttempts).values({ id: randomUUID(), ...attempt });
}

/** Failed attempts since `since`, per account and per IP. */
export async function countRecentFailures(
  executor: Executor,
  filter: { username: string; ip: string; since: Date },
): Promise<{ byUsername: number; byIp: number }> {
  const [byUsername] = await executor
    .select({ total: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, filter.username),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.attemptedAt, filter.since),
      ),
    );
  const [byIp] = await executor
    .select({ total: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.ip, filter.ip),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.attemptedAt, filter.since),
      ),
    );
  return { byUsername: byUsername?.total ?? 0, byIp: byIp?.total ?? 0 };
}

/** Keeps the table small: attempts older than the window no longer count. */
export async function pruneLoginAttempts(executor: Executor, before: Date): Promise<void> {
  await executor.execute(sql`delete from login_attempts where attempted_at < ${before}`);
}
