import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { AppInstance } from '../http/app-types';
import {
  createTestContext,
  login,
  request,
  searchAudit,
  type TestContext,
  type TestSession,
} from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';

let context: TestContext;
let tta: { id: string };
let gstAdminUser: { id: string; username: string };
let gstAdmin: TestSession;
let nationalAdmin: TestSession;

/**
 * Failed logins are counted per IP in a table that every test file shares on the PostgreSQL server, so each test that
 * fails a login does so from its own address.
 */
const uniqueIp = (): string =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

function attemptLogin(
  app: AppInstance,
  username: string,
  password: string,
  ip: string,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });
}

const sessionCookieOf = (response: LightMyRequestResponse): string => {
  const setCookie = response.headers['set-cookie'];
  return (Array.isArray(setCookie) ? setCookie[0] : setCookie) ?? '';
};

const sessionFrom = (response: LightMyRequestResponse): TestSession => {
  const body = response.json<{ csrfToken: string; user: { id: string } }>();
  return { cookie: sessionCookieOf(response).split(';')[0] ?? '', csrfToken: body.csrfToken, userId: body.user.id };
};

const auditOf = async (query: string) => (await searchAudit(context.app, nationalAdmin, query)).items;

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  gstAdminUser = await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
  const national = await buildUser(db, 'national_admin', { scopeLevel: 'national' });
  gstAdmin = await login(context.app, gstAdminUser.username, testPassword);
  nationalAdmin = await login(context.app, national.username, testPassword);
});

afterAll(async () => {
  await context.close();
});

describe('POST /api/auth/login', () => {
  it('opens a session in an httpOnly, SameSite=Strict cookie and never returns the password hash', async () => {
    const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    const response = await attemptLogin(context.app, user.username, testPassword, uniqueIp());
    expect(response.statusCode).toBe(200);
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatch(/^tansiq_session=[^;]+/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, username: user.username, isActive: true });
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(response.body).not.toMatch(/password/i);
    expect(response.body).not.toContain('$argon2');
    const events = await auditOf(`action=auth.login&actorUserId=${user.id}`);
    expect(events[0]).toMatchObject({ action: 'auth.login', outcome: 'success', entityId: user.id });
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    const response = await attemptLogin(context.app, `  ${user.username.toUpperCase()} `, testPassword, uniqueIp());
    expect(response.statusCode).toBe(200);
  });

  it('answers 401 with one generic message for a wrong password and for an unknown username, auditing the failures', async () => {
    const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    const ip = uniqueIp();
    const wrongPassword = await attemptLogin(context.app, user.username, 'not the right passphrase', ip);
    const unknownName = `ghost.${unique().toLowerCase()}`;
    const unknownUser = await attemptLogin(context.app, unknownName, testPassword, ip);
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json().error).toEqual({
      code: 'unauthenticated',
      message: 'Invalid username or password',
      issues: [],
    });
    expect(unknownUser.json().error).toEqual(wrongPassword.json().error);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
    expect(await auditOf(`action=auth.login&outcome=failure&entityId=${user.id}`)).toHaveLength(1);
    expect(await auditOf(`action=auth.login&outcome=failure&entityId=${unknownName}`)).toHaveLength(1);
  });

  it('refuses a deactivated account with the same message', async () => {
    const user = await buildUser(context.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id }, { isActive: false });
    const response = await attemptLogin(context.app, user.username, testPassword, uniqueIp());
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe('Invalid username or password');
  });

  it('answers 429 to the sixth attempt after five failures on one account, even with the right password', async () => {
    const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      // A new address each time: only the per-account counter is reached.
      expect(
        (await attemptLogin(context.app, user.username, `wrong passphrase ${attempt}`, uniqueIp())).statusCode,
      ).toBe(401);
    }
    const blocked = await attemptLogin(context.app, user.username, testPassword, uniqueIp());
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(blocked.headers['set-cookie']).toBeUndefined();
    const denied = await auditOf(`action=auth.login&outcome=denied&entityId=${user.username}`);
    expect(denied[0]).toMatchObject({ details: { reason: 'rate_limited' } });
  });

  it('rejects unknown fields, missing fields and a body over 1 MB', async () => {
    const extra = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: gstAdminUser.username, password: testPassword, remember: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe('validation_failed');
    const missing = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: gstAdminUser.username },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues[0].path).toEqual(['password']);
    const huge = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: gstAdminUser.username, password: 'x'.repeat(1_100_000) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('rotates the session: logging in again revokes the previous cookie', async () => {
    const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    const first = await login(context.app, user.username, testPassword);
    const again = await request(context.app, first, 'POST', '/api/auth/login', {
      username: user.username,
      password: testPassword,
    });
    expect(again.statusCode).toBe(200);
    const second = sessionFrom(again);
    expect(second.cookie).not.toBe(first.cookie);
    expect(second.csrfToken).not.toBe(first.csrfToken);
    expect((await request(context.app, first, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await request(context.app, second, 'GET', '/api/me')).statusCode).toBe(200);
  });
});

describe('POST /api/auth/login at a shared workstation', () => {
  it('lets a second person log in while the browser still holds the first person’s cookie, without its CSRF token', async () => {
    const first = await buildUser(context.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id });
    const second = await buildUser(context.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id });
    const firstSession = await login(context.app, first.username, testPassword);
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: second.username, password: testPassword },
      headers: { cookie: firstSession.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.username).toBe(second.username);
    expect((await request(context.app, firstSession, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('still refuses a login posted from another site', async () => {
    const user = await buildUser(context.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id });
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: testPassword },
      headers: { origin: 'https://phishing.example' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('POST /api/auth/logout', () => {
  it('answers 204, clears the cookie, ends the session and audits it', async () => {
    const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    const session = await login(context.app, user.username, testPassword);
    const response = await request(context.app, session, 'POST', '/api/auth/logout');
    expect(response.statusCode).toBe(204);
    expect(sessionCookieOf(response)).toMatch(/^tansiq_session=;/);
    expect((await request(context.app, session, 'GET', '/api/me')).statusCode).toBe(401);
    const events = await auditOf(`action=auth.logout&actorUserId=${user.id}`);
    expect(events[0]).toMatchObject({ outcome: 'success', entityId: user.id });
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    expect((await request(context.app, null, 'POST', '/api/auth/logout')).statusCode).toBe(401);
    const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    const session = await login(context.app, user.username, testPassword);
    const noToken = await request(context.app, session, 'POST', '/api/auth/logout', undefined, { 'x-csrf-token': '' });
    expect(noToken.statusCode).toBe(403);
    expect((await request(context.app, session, 'GET', '/api/me')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('refuses a session past its absolute expiry', async () => {
    const user = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    const session = await login(context.app, user.username, testPassword);
    await context.handle.db.execute(
      sql`update sessions set expires_at = now() - interval '1 minute' where user_id = ${user.id}`,
    );
    expect((await request(context.app, session, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('refuses a forged or unknown cookie', async () => {
    const forged = { cookie: 'tansiq_session=not-a-real-token', csrfToken: 'x', userId: '' };
    expect((await request(context.app, forged, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('gives no access through an assignment that has ended', async () => {
    const user = await buildUser(
      context.handle.db,
      'gst_admin',
      { scopeLevel: 'gst', gstId: tta.id },
      { validFrom: '2024-01-01', validTo: '2025-01-01' },
    );
    const session = await login(context.app, user.username, testPassword);
    const me = await request(context.app, session, 'GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().gsts).toEqual([]);
    expect((await request(context.app, session, 'GET', '/api/users')).statusCode).toBe(403);
    expect((await request(context.app, session, 'GET', `/api/gsts/${tta.id}/overview`)).statusCode).toBe(404);
    const establishment = await buildEstablishment(context.handle.db, tta.id);
    expect((await request(context.app, session, 'GET', `/api/establishments/${establishment.id}`)).statusCode).toBe(
      404,
    );
  });

  it('gives no access through an assignment that has not started yet', async () => {
    const user = await buildUser(
      context.handle.db,
      'gst_admin',
      { scopeLevel: 'gst', gstId: tta.id },
      { validFrom: '2999-01-01' },
    );
    const session = await login(context.app, user.username, testPassword);
    expect((await request(context.app, session, 'GET', '/api/users')).statusCode).toBe(403);
  });
});

describe('GET /api/me', () => {
  it('lists only the GSTs of the actor’s roles; a national admin sees all twelve', async () => {
    const mine = await request(context.app, gstAdmin, 'GET', '/api/me');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().gsts).toEqual([expect.objectContaining({ id: tta.id, regionCode: '01' })]);
    expect(mine.json().csrfToken).toBe(gstAdmin.csrfToken);
    expect(mine.body).not.toMatch(/password/i);
    const national = await request(context.app, nationalAdmin, 'GET', '/api/me');
    expect(national.json().gsts).toHaveLength(12);
  });

  it('answers 401 without a session', async () => {
    const response = await request(context.app, null, 'GET', '/api/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });
});

describe('PATCH /api/me', () => {
  it('stores the locale', async () => {
    const user = await buildUser(context.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id });
    const session = await login(context.app, user.username, testPassword);
    const response = await request(context.app, session, 'PATCH', '/api/me', { locale: 'ar' });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.locale).toBe('ar');
    expect((await request(context.app, session, 'GET', '/api/me')).json().user.locale).toBe('ar');
  });

  it('rejects an unsupported locale and unknown fields', async () => {
    const german = await request(context.app, gstAdmin, 'PATCH', '/api/me', { locale: 'de' });
    expect(german.statusCode).toBe(400);
    expect(german.json().error.issues[0].path).toEqual(['locale']);
    expect(
      (await request(context.app, gstAdmin, 'PATCH', '/api/me', { locale: 'fr', isActive: false })).statusCode,
    ).toBe(400);
    expect((await request(context.app, gstAdmin, 'PATCH', '/api/me', { displayName: 'Someone else' })).statusCode).toBe(
      400,
    );
    expect((await request(context.app, gstAdmin, 'GET', '/api/me')).json().user.locale).toBe('fr');
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    expect((await request(context.app, null, 'PATCH', '/api/me', { locale: 'en' })).statusCode).toBe(401);
    const noToken = await request(
      context.app,
      gstAdmin,
      'PATCH',
      '/api/me',
      { locale: 'en' },
      { 'x-csrf-token': 'wrong' },
    );
    expect(noToken.statusCode).toBe(403);
    const denied = await auditOf(`outcome=denied&actorUserId=${gstAdmin.userId}`);
    expect(denied[0]).toMatchObject({ action: 'PATCH /api/me', outcome: 'denied' });
  });
});

describe('with stricter limits', () => {
  let strict: TestContext;

  beforeAll(async () => {
    strict = await createTestContext({
      env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '4', SESSION_IDLE_MINUTES: '1' },
    });
  });

  afterAll(async () => {
    await strict.close();
  });

  it('blocks an account after the configured number of failures', async () => {
    const user = await buildUser(strict.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await attemptLogin(strict.app, user.username, 'wrong passphrase', uniqueIp())).statusCode).toBe(401);
    }
    expect((await attemptLogin(strict.app, user.username, testPassword, uniqueIp())).statusCode).toBe(429);
  });

  it('blocks an address after failures on different usernames, but not other addresses', async () => {
    const ip = uniqueIp();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(
        (await attemptLogin(strict.app, `nobody.${unique().toLowerCase()}`, 'wrong passphrase', ip)).statusCode,
      ).toBe(401);
    }
    const user = await buildUser(strict.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id });
    expect((await attemptLogin(strict.app, user.username, testPassword, ip)).statusCode).toBe(429);
    expect((await attemptLogin(strict.app, user.username, testPassword, uniqueIp())).statusCode).toBe(200);
  });

  it('keeps an active session alive: activity is recorded well within the idle limit', async () => {
    const user = await buildUser(strict.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id });
    const session = await login(strict.app, user.username, testPassword);
    await strict.handle.db.execute(
      sql`update sessions set last_seen_at = now() - interval '50 seconds' where user_id = ${user.id}`,
    );
    expect((await request(strict.app, session, 'GET', '/api/me')).statusCode).toBe(200);
    const result: unknown = await strict.handle.db.execute(
      sql`select extract(epoch from now() - last_seen_at)::float8 as idle from sessions where user_id = ${user.id}`,
    );
    const [row] = (result as { rows: { idle: number }[] }).rows;
    expect(row?.idle).toBeLessThan(5);
  });

  it('ends a session left idle longer than SESSION_IDLE_MINUTES', async () => {
    const user = await buildUser(strict.handle.db, 'nurse', { scopeLevel: 'gst', gstId: tta.id });
    const session = await login(strict.app, user.username, testPassword);
    await strict.handle.db.execute(
      sql`update sessions set last_seen_at = now() - interval '30 seconds' where user_id = ${user.id}`,
    );
    expect((await request(strict.app, session, 'GET', '/api/me')).statusCode).toBe(200);
    await strict.handle.db.execute(
      sql`update sessions set last_seen_at = now() - interval '2 minutes' where user_id = ${user.id}`,
    );
    expect((await request(strict.app, session, 'GET', '/api/me')).statusCode).toBe(401);
  });
});
