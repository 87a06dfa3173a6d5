import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let oriental: { id: string };
let ttaEstablishment: { id: string };
let orientalEstablishment: { id: string };
let gstAdmin: TestSession;
let orientalAdmin: TestSession;
let nationalAdmin: TestSession;
let nurse: TestSession;
let nurseUser: { id: string; username: string };
let orientalNurseUser: { id: string; username: string };

interface UserBody {
  id: string;
  username: string;
  homeGstId: string | null;
  isActive: boolean;
  assignments: {
    id: string;
    role: string;
    gstId: string | null;
    establishmentId: string | null;
    validTo: string | null;
  }[];
}

const nurseAt = (gstId: string, establishmentId: string) => ({
  role: 'nurse',
  scopeLevel: 'establishment',
  gstId,
  establishmentId,
  validFrom: '2025-10-01',
});

const newUserInput = (overrides: Record<string, unknown> = {}) => ({
  username: `new.${unique().toLowerCase()}`,
  displayName: 'Infirmière Test',
  email: 'infirmiere@example.org',
  password: 'a long enough passphrase',
  homeGstId: tta.id,
  assignments: [nurseAt(tta.id, ttaEstablishment.id)],
  ...overrides,
});

const auditOf = async (session: TestSession, query: string) => (await searchAudit(context.app, session, query)).items;

async function createViaApi(overrides: Record<string, unknown> = {}): Promise<UserBody> {
  const response = await request(context.app, gstAdmin, 'POST', '/api/users', newUserInput(overrides));
  expect(response.statusCode).toBe(201);
  return response.json<UserBody>();
}

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  oriental = await gstOf(db, '02');
  ttaEstablishment = await buildEstablishment(db, tta.id);
  orientalEstablishment = await buildEstablishment(db, oriental.id, {
    provinceCode: '02.411',
    lon: -1.9086,
    lat: 34.6814,
  });
  nurseUser = await buildUser(db, 'nurse', {
    scopeLevel: 'establishment',
    gstId: tta.id,
    establishmentId: ttaEstablishment.id,
  });
  orientalNurseUser = await buildUser(db, 'nurse', {
    scopeLevel: 'establishment',
    gstId: oriental.id,
    establishmentId: orientalEstablishment.id,
  });
  const users = {
    gstAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id }),
    orientalAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: oriental.id }),
    nationalAdmin: await buildUser(db, 'national_admin', { scopeLevel: 'national' }),
  };
  gstAdmin = await login(context.app, users.gstAdmin.username, testPassword);
  orientalAdmin = await login(context.app, users.orientalAdmin.username, testPassword);
  nationalAdmin = await login(context.app, users.nationalAdmin.username, testPassword);
  nurse = await login(context.app, nurseUser.username, testPassword);
});

afterAll(async () => {
  await context.close();
});

describe('GET /api/users', () => {
  it('lists only the accounts of the GST admin’s GST, without password hashes', async () => {
    const response = await request(context.app, gstAdmin, 'GET', '/api/users?pageSize=200');
    expect(response.statusCode).toBe(200);
    const page = response.json<{ items: UserBody[]; total: number; page: number; pageSize: number }>();
    expect(page).toMatchObject({ page: 1, pageSize: 200 });
    const ids = page.items.map((user) => user.id);
    expect(ids).toContain(nurseUser.id);
    expect(ids).not.toContain(orientalNurseUser.id);
    expect(ids).not.toContain(orientalAdmin.userId);
    expect(ids).not.toContain(nationalAdmin.userId);
    for (const user of page.items) {
      expect([user.homeGstId, ...user.assignments.map((assignment) => assignment.gstId)]).toContain(tta.id);
    }
    expect(response.body).not.toMatch(/password/i);
  });

  it('searches by username and lets a national admin see every GST', async () => {
    const found = await request(context.app, gstAdmin, 'GET', `/api/users?q=${nurseUser.username}`);
    expect(found.json().items.map((user: UserBody) => user.id)).toEqual([nurseUser.id]);
    const hidden = await request(context.app, gstAdmin, 'GET', `/api/users?q=${orientalNurseUser.username}`);
    expect(hidden.json().total).toBe(0);
    const national = await request(context.app, nationalAdmin, 'GET', `/api/users?q=${orientalNurseUser.username}`);
    expect(national.json().total).toBe(1);
  });

  it('answers 400 for bad filters, 401 without a session and 403 to a nurse (audited)', async () => {
    expect((await request(context.app, gstAdmin, 'GET', '/api/users?role=nurse')).statusCode).toBe(400);
    expect((await request(context.app, gstAdmin, 'GET', '/api/users?pageSize=0')).statusCode).toBe(400);
    expect((await request(context.app, gstAdmin, 'GET', '/api/users?gstId=tta')).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', '/api/users')).statusCode).toBe(401);
    expect((await request(context.app, nurse, 'GET', '/api/users')).statusCode).toBe(403);
    const denied = await auditOf(
      nationalAdmin,
      `outcome=denied&actorUserId=${nurse.userId}&action=${encodeURIComponent('GET /api/users')}`,
    );
    expect(denied.length).toBeGreaterThanOrEqual(1);
  });
});

describe('POST /api/users', () => {
  it('creates an account with an establishment role in the admin’s GST, audited, that can sign in', async () => {
    const input = newUserInput();
    const response = await request(context.app, gstAdmin, 'POST', '/api/users', input);
    expect(response.statusCode).toBe(201);
    const created = response.json<UserBody>();
    expect(created).toMatchObject({ username: input.username, homeGstId: tta.id, isActive: true });
    expect(created.assignments).toEqual([
      expect.objectContaining({ role: 'nurse', gstId: tta.id, establishmentId: ttaEstablishment.id, validTo: null }),
    ]);
    expect(response.body).not.toMatch(/password/i);
    const session = await login(context.app, input.username, input.password);
    expect(session.userId).toBe(created.id);
    const events = await auditOf(gstAdmin, `action=user.create&entityId=${created.id}`);
    expect(events).toEqual([
      expect.objectContaining({ outcome: 'success', actorUserId: gstAdmin.userId, gstId: tta.id }),
    ]);
  });

  it('answers 403 for a national role, a role in another GST or an account homed in another GST, writing nothing', async () => {
    const national = newUserInput({
      homeGstId: null,
      assignments: [{ role: 'national_admin', scopeLevel: 'national', validFrom: '2025-10-01' }],
    });
    const otherGstRole = newUserInput({ assignments: [nurseAt(oriental.id, orientalEstablishment.id)] });
    const otherHome = newUserInput({ homeGstId: oriental.id });
    const selfPromotion = newUserInput({
      assignments: [{ role: 'gst_admin', scopeLevel: 'gst', gstId: oriental.id, validFrom: '2025-10-01' }],
    });
    for (const input of [national, otherGstRole, otherHome, selfPromotion]) {
      const response = await request(context.app, gstAdmin, 'POST', '/api/users', input);
      expect(response.statusCode).toBe(403);
      expect((await request(context.app, nationalAdmin, 'GET', `/api/users?q=${input.username}`)).json().total).toBe(0);
    }
    const denied = await auditOf(
      nationalAdmin,
      `outcome=denied&actorUserId=${gstAdmin.userId}&action=${encodeURIComponent('POST /api/users')}`,
    );
    expect(denied.length).toBeGreaterThanOrEqual(4);
  });

  it('answers 409 for a username already taken, whatever its case', async () => {
    const response = await request(
      context.app,
      gstAdmin,
      'POST',
      '/api/users',
      newUserInput({ username: nurseUser.username.toUpperCase() }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error.issues[0].path).toEqual(['username']);
  });

  it('rejects a short password, unknown fields and an inconsistent scope', async () => {
    const shortPassword = await request(
      context.app,
      gstAdmin,
      'POST',
      '/api/users',
      newUserInput({ password: 'short pass' }),
    );
    expect(shortPassword.statusCode).toBe(400);
    expect(shortPassword.json().error.issues.map((issue: { path: unknown[] }) => issue.path)).toEqual([['password']]);
    expect(
      (await request(context.app, gstAdmin, 'POST', '/api/users', { ...newUserInput(), isAdmin: true })).statusCode,
    ).toBe(400);
    const nurseAtGstLevel = await request(
      context.app,
      gstAdmin,
      'POST',
      '/api/users',
      newUserInput({
        assignments: [{ role: 'nurse', scopeLevel: 'gst', gstId: tta.id, validFrom: '2025-10-01' }],
      }),
    );
    expect(nurseAtGstLevel.statusCode).toBe(400);
    expect(nurseAtGstLevel.json().error.issues[0].path).toEqual(['assignments', 0, 'scopeLevel']);
    expect(
      (await request(context.app, gstAdmin, 'POST', '/api/users', newUserInput({ assignments: [] }))).statusCode,
    ).toBe(400);
  });

  it('rejects an assignment to an establishment of another GST', async () => {
    const response = await request(
      context.app,
      gstAdmin,
      'POST',
      '/api/users',
      newUserInput({
        assignments: [nurseAt(tta.id, orientalEstablishment.id)],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['assignments', 0, 'establishmentId']);
  });

  it('answers 401 without a session and 403 to a nurse', async () => {
    expect((await request(context.app, null, 'POST', '/api/users', newUserInput())).statusCode).toBe(401);
    expect((await request(context.app, nurse, 'POST', '/api/users', newUserInput())).statusCode).toBe(403);
  });
});

describe('PATCH /api/users/:id on accounts with a wider reach', () => {
  it('refuses a GST admin the password of a national admin homed in their GST', async () => {
    const created = await request(context.app, nationalAdmin, 'POST', '/api/users', {
      ...newUserInput(),
      assignments: [{ role: 'national_admin', scopeLevel: 'national', validFrom: '2025-10-01' }],
    });
    expect(created.statusCode).toBe(201);
    const target = created.json<UserBody>();
    const takeover = await request(context.app, gstAdmin, 'PATCH', `/api/users/${target.id}`, {
      password: 'taken over by a gst admin',
    });
    expect(takeover.statusCode).toBe(403);
    expect(
      (await request(context.app, gstAdmin, 'PATCH', `/api/users/${target.id}`, { isActive: false })).statusCode,
    ).toBe(403);
    const direct = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: target.username, password: 'taken over by a gst admin' },
    });
    expect(direct.statusCode).toBe(401);
  });

  it('refuses a GST admin to deactivate the admin of another GST homed in their GST', async () => {
    const created = await request(context.app, nationalAdmin, 'POST', '/api/users', {
      ...newUserInput(),
      assignments: [{ role: 'gst_admin', scopeLevel: 'gst', gstId: oriental.id, validFrom: '2025-10-01' }],
    });
    const target = created.json<UserBody>();
    expect(
      (await request(context.app, gstAdmin, 'PATCH', `/api/users/${target.id}`, { isActive: false })).statusCode,
    ).toBe(403);
    expect(
      (await request(context.app, nationalAdmin, 'PATCH', `/api/users/${target.id}`, { isActive: false })).statusCode,
    ).toBe(200);
  });
});

describe('PATCH /api/users/:id', () => {
  it('deactivates an account, ending its sessions and its logins, audited', async () => {
    const target = await buildUser(context.handle.db, 'nurse', {
      scopeLevel: 'establishment',
      gstId: tta.id,
      establishmentId: ttaEstablishment.id,
    });
    const session = await login(context.app, target.username, testPassword);
    const response = await request(context.app, gstAdmin, 'PATCH', `/api/users/${target.id}`, { isActive: false });
    expect(response.statusCode).toBe(200);
    expect(response.json().isActive).toBe(false);
    expect((await request(context.app, session, 'GET', '/api/me')).statusCode).toBe(401);
    await expect(login(context.app, target.username, testPassword)).rejects.toThrow(/401/);
    const events = await auditOf(gstAdmin, `action=user.update&entityId=${target.id}`);
    expect(events).toEqual([expect.objectContaining({ outcome: 'success', actorUserId: gstAdmin.userId })]);
  });

  it('sets a new password: old sessions end, the new password works and the old one does not', async () => {
    const target = await createViaApi();
    const session = await login(context.app, target.username, 'a long enough passphrase');
    const response = await request(context.app, gstAdmin, 'PATCH', `/api/users/${target.id}`, {
      password: 'another long passphrase',
    });
    expect(response.statusCode).toBe(200);
    expect((await request(context.app, session, 'GET', '/api/me')).statusCode).toBe(401);
    await expect(login(context.app, target.username, 'another long passphrase')).resolves.toMatchObject({
      userId: target.id,
    });
  });

  it('changes the display name and email', async () => {
    const target = await createViaApi();
    const response = await request(context.app, gstAdmin, 'PATCH', `/api/users/${target.id}`, {
      displayName: 'Nouveau Nom',
      email: null,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: 'Nouveau Nom', email: null });
  });

  it('answers 409 when an admin deactivates their own account', async () => {
    const response = await request(context.app, gstAdmin, 'PATCH', `/api/users/${gstAdmin.userId}`, {
      isActive: false,
    });
    expect(response.statusCode).toBe(409);
    expect((await request(context.app, gstAdmin, 'GET', '/api/me')).statusCode).toBe(200);
  });

  it('answers 404 to another GST’s admin and to a nurse, and 403 for an account homed in another GST', async () => {
    expect(
      (await request(context.app, orientalAdmin, 'PATCH', `/api/users/${nurseUser.id}`, { displayName: 'Pirate' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await request(context.app, nurse, 'PATCH', `/api/users/${nurseUser.id}`, { displayName: 'Moi-même' }))
        .statusCode,
    ).toBe(404);
    // An Oriental account that also holds a role in TTA: the TTA admin sees it but does not administer it.
    const visitor = await buildUser(context.handle.db, 'nurse', {
      scopeLevel: 'establishment',
      gstId: oriental.id,
      establishmentId: orientalEstablishment.id,
    });
    const granted = await request(
      context.app,
      nationalAdmin,
      'POST',
      `/api/users/${visitor.id}/assignments`,
      nurseAt(tta.id, ttaEstablishment.id),
    );
    expect(granted.statusCode).toBe(200);
    expect(
      (await request(context.app, gstAdmin, 'PATCH', `/api/users/${visitor.id}`, { displayName: 'Renommé' }))
        .statusCode,
    ).toBe(403);
    const denied = await auditOf(nationalAdmin, `outcome=denied&actorUserId=${orientalAdmin.userId}`);
    expect(denied[0]).toMatchObject({ action: 'PATCH /api/users/:id', entityId: `/api/users/${nurseUser.id}` });
  });

  it('answers 400 for bad input, 401 without a session and 404 for an unknown id', async () => {
    const target = `/api/users/${nurseUser.id}`;
    expect((await request(context.app, gstAdmin, 'PATCH', target, { isActive: 'no' })).statusCode).toBe(400);
    expect((await request(context.app, gstAdmin, 'PATCH', target, { username: 'renamed' })).statusCode).toBe(400);
    expect(
      (await request(context.app, gstAdmin, 'PATCH', target, { password: 'short' })).json().error.issues[0].path,
    ).toEqual(['password']);
    expect(
      (await request(context.app, gstAdmin, 'PATCH', '/api/users/not-a-uuid', { displayName: 'Nom' })).statusCode,
    ).toBe(400);
    expect((await request(context.app, null, 'PATCH', target, { displayName: 'Nom' })).statusCode).toBe(401);
    const unknown = await request(context.app, gstAdmin, 'PATCH', '/api/users/00000000-0000-4000-8000-000000000000', {
      displayName: 'Nom',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
