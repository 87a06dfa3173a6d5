import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { RoleAssignment } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';
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

/** A live session with its active user and every role assignment of that user, read in one round trip. */
export interface SessionActor {
  session: SessionRecord;
  user: { id: string; username: string; displayName: string };
  assignments: (RoleAssignment & { validFrom: string; validTo: string | null })[];
}

/**
 * The session of a token with its user, when the session is live and the user active (idle expiry is checked by the
 * caller). One query, because it runs before every authenticated request.
 */
export async function findSessionActor(
  executor: Executor,
  tokenHash: string,
  now: Date,
): Promise<SessionActor | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select s.token_hash, s.user_id, s.csrf_token, s.last_seen_at, s.expires_at, u.username, u.display_name,
        coalesce((select json_agg(json_build_object('role', ra.role, 'scopeLevel', ra.scope_level,
            'gstId', ra.gst_id, 'provinceCode', ra.province_code, 'establishmentId', ra.establishment_id,
            'validFrom', ra.valid_from, 'validTo', ra.valid_to) order by ra.valid_from, ra.id)
          from role_assignments ra where ra.user_id = u.id), '[]'::json) as assignments
      from sessions s join users u on u.id = s.user_id and u.is_active
      where s.token_hash = ${tokenHash} and s.revoked_at is null and s.expires_at > ${now.toISOString()}`,
  );
  if (!row) {
    return undefined;
  }
  return {
    session: {
      tokenHash: asText(row.token_hash),
      userId: asText(row.user_id),
      csrfToken: asText(row.csrf_token),
      lastSeenAt: toDate(row.last_seen_at),
      expiresAt: toDate(row.expires_at),
    },
    user: { id: asText(row.user_id), username: asText(row.username), displayName: asText(row.display_name) },
    assignments: parseAssignments(row.assignments),
  };
}

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(asText(value)));

function parseAssignments(value: unknown): SessionActor['assignments'] {
  const list = (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>[];
  return list.map((item) => ({
    role: asText(item.role) as RoleAssignment['role'],
    scopeLevel: asText(item.scopeLevel) as RoleAssignment['scopeLevel'],
    gstId: asTextOrNull(item.gstId),
    provinceCode: asTextOrNull(item.provinceCode),
    establishmentId: asTextOrNull(item.establishmentId),
    validFrom: asText(item.validFrom),
    validTo: asTextOrNull(item.validTo),
  }));
}
