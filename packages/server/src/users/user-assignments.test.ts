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
import { yesterdayInMorocco } from '@tansiq/domain';

let context: TestContext;
let tta: { id: string };
let oriental: { id: string };
let ttaEstablishment: { id: string };
let orientalEstablishment: { id: string };
let gstAdmin: TestSession;
let orientalAdmin: TestSession;
let nationalAdmin: TestSession;

interface UserBody {
  id: string;
  username: string;
  assignments: { id: string; role: string; gstId: string | null; validTo: string | null }[];
}

const nurseAt = (gstId: string, establishmentId: string) => ({
  role: 'nurse',
  scopeLevel: 'establishment',
  gstId,
  establishmentId,
  validFrom: '2025-10-01',
});

const auditOf = async (session: TestSession, query: string) => (await searchAudit(context.app, session, query)).items;

/** A TTA nurse account created through the API by the TTA admin. */
async function createViaApi(): Promise<UserBody> {
  const response = await request(context.app, gstAdmin, 'POST', '/api/users', {
    username: `role.${unique().toLowerCase()}`,
    displayName: 'Compte Rôles',
    password: 'a long enough passphrase',
    homeGstId: tta.id,
    assignments: [nurseAt(tta.id, ttaEstablishment.id)],
  });
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
  const users = {
    gstAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id }),
    orientalAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: oriental.id }),
    nationalAdmin: await buildUser(db, 'national_admin', { scopeLevel: 'national' }),
  };
  gstAdmin = await login(context.app, users.gstAdmin.username, testPassword);
  orientalAdmin = await login(context.app, users.orientalAdmin.username, testPassword);
  nationalAdmin = await login(context.app, users.nationalAdmin.username, testPassword);
});

afterAll(async () => {
  await context.close();
});

describe('POST /api/users/:id/assignments and …/end', () => {
  it('adds a role in the GST and ends it at once (last valid day yesterday), both audited', async () => {
    const target = await createViaApi();
    const added = await request(context.app, gstAdmin, 'POST', `/api/users/${target.id}/assignments`, {
      role: 'physician',
      scopeLevel: 'establishment',
      gstId: tta.id,
      establishmentId: ttaEstablishment.id,
      validFrom: '2025-11-01',
    });
    expect(added.statusCode).toBe(200);
    const assignments = added.json<UserBody>().assignments;
    expect(assignments.map((assignment) => assignment.role).sort()).toEqual(['nurse', 'physician']);
    const physician = assignments.find((assignment) => assignment.role === 'physician');
    const ended = await request(
      context.app,
      gstAdmin,
      'POST',
      `/api/users/${target.id}/assignments/${physician?.id}/end`,
    );
    expect(ended.statusCode).toBe(200);
    expect(ended.json<UserBody>().assignments.find((assignment) => assignment.id === physician?.id)?.validTo).toBe(
      yesterdayInMorocco(),
    );
    const events = await auditOf(gstAdmin, `action=user.assignment.&entityId=${target.id}`);
    expect(events.map((event) => event.action).sort()).toEqual(['user.assignment.add', 'user.assignment.end']);
  });

  it('answers 409 when the same role is ended twice on the same day', async () => {
    const target = await buildUser(context.handle.db, 'nurse', {
      scopeLevel: 'establishment',
      gstId: tta.id,
      establishmentId: ttaEstablishment.id,
    });
    const [assignment] = (await request(context.app, gstAdmin, 'GET', `/api/users?q=${target.username}`)).json()
      .items[0].assignments;
    const url = `/api/users/${target.id}/assignments/${assignment.id}/end`;
    expect((await request(context.app, gstAdmin, 'POST', url)).statusCode).toBe(200);
    expect((await request(context.app, gstAdmin, 'POST', url)).statusCode).toBe(409);
    expect(await auditOf(gstAdmin, `action=user.assignment.end&entityId=${target.id}`)).toHaveLength(1);
  });

  it('answers 409 when the role has already ended', async () => {
    const former = await buildUser(
      context.handle.db,
      'nurse',
      { scopeLevel: 'establishment', gstId: tta.id, establishmentId: ttaEstablishment.id },
      { validFrom: '2024-01-01', validTo: '2025-01-01' },
    );
    const [assignment] = (await request(context.app, gstAdmin, 'GET', `/api/users?q=${former.username}`)).json()
      .items[0].assignments;
    const response = await request(
      context.app,
      gstAdmin,
      'POST',
      `/api/users/${former.id}/assignments/${assignment.id}/end`,
    );
    expect(response.statusCode).toBe(409);
    expect(await auditOf(gstAdmin, `action=user.assignment.end&entityId=${former.id}`)).toEqual([]);
  });

  it('answers 403 for a role the admin cannot grant and 400 for a bad or foreign scope', async () => {
    const target = await createViaApi();
    const url = `/api/users/${target.id}/assignments`;
    const national = { role: 'national_admin', scopeLevel: 'national', validFrom: '2025-10-01' };
    expect((await request(context.app, gstAdmin, 'POST', url, national)).statusCode).toBe(403);
    expect(
      (await request(context.app, gstAdmin, 'POST', url, nurseAt(oriental.id, orientalEstablishment.id))).statusCode,
    ).toBe(403);
    const foreignEstablishment = await request(
      context.app,
      gstAdmin,
      'POST',
      url,
      nurseAt(tta.id, orientalEstablishment.id),
    );
    expect(foreignEstablishment.statusCode).toBe(400);
    expect(foreignEstablishment.json().error.issues[0].path).toEqual(['establishmentId']);
    const foreignProvince = await request(context.app, gstAdmin, 'POST', url, {
      role: 'analyst',
      scopeLevel: 'province',
      gstId: tta.id,
      provinceCode: '02.411',
      validFrom: '2025-10-01',
    });
    expect(foreignProvince.statusCode).toBe(400);
    expect(foreignProvince.json().error.issues[0].path).toEqual(['provinceCode']);
    const backwards = { ...nurseAt(tta.id, ttaEstablishment.id), validTo: '2025-01-01' };
    expect((await request(context.app, gstAdmin, 'POST', url, backwards)).json().error.issues[0].path).toEqual([
      'validTo',
    ]);
    const user = (await request(context.app, gstAdmin, 'GET', `/api/users?q=${target.username}`)).json().items[0];
    expect(user.assignments).toHaveLength(1);
  });

  it('answers 404 to another GST’s admin, 401 without a session, 404 for an unknown assignment', async () => {
    const target = await createViaApi();
    const [assignment] = target.assignments;
    const role = nurseAt(tta.id, ttaEstablishment.id);
    expect(
      (await request(context.app, orientalAdmin, 'POST', `/api/users/${target.id}/assignments`, role)).statusCode,
    ).toBe(404);
    expect(
      (await request(context.app, orientalAdmin, 'POST', `/api/users/${target.id}/assignments/${assignment?.id}/end`))
        .statusCode,
    ).toBe(404);
    expect((await request(context.app, null, 'POST', `/api/users/${target.id}/assignments`, role)).statusCode).toBe(
      401,
    );
    expect(
      (await request(context.app, null, 'POST', `/api/users/${target.id}/assignments/${assignment?.id}/end`))
        .statusCode,
    ).toBe(401);
    const unknown = await request(
      context.app,
      gstAdmin,
      'POST',
      `/api/users/${target.id}/assignments/00000000-0000-4000-8000-000000000000/end`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(
      (await request(context.app, gstAdmin, 'POST', `/api/users/${target.id}/assignments/nope/end`)).statusCode,
    ).toBe(400);
  });

  it('answers 403 when a GST admin ends a role held in another GST', async () => {
    const visitor = await createViaApi();
    const granted = await request(
      context.app,
      nationalAdmin,
      'POST',
      `/api/users/${visitor.id}/assignments`,
      nurseAt(oriental.id, orientalEstablishment.id),
    );
    const foreign = granted.json<UserBody>().assignments.find((assignment) => assignment.gstId === oriental.id);
    const response = await request(
      context.app,
      gstAdmin,
      'POST',
      `/api/users/${visitor.id}/assignments/${foreign?.id}/end`,
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('ending one’s own role', () => {
  it('answers 409: another administrator must do it', async () => {
    const self = await buildUser(context.handle.db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
    const selfSession = await login(context.app, self.username, testPassword);
    const [assignment] = (await request(context.app, selfSession, 'GET', `/api/users?q=${self.username}`)).json()
      .items[0].assignments;
    const response = await request(
      context.app,
      selfSession,
      'POST',
      `/api/users/${self.id}/assignments/${assignment.id}/end`,
    );
    expect(response.statusCode).toBe(409);
  });
});
