import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, login, request, type TestContext, type TestSession } from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';

let context: TestContext;
let tta: { id: string };
let oriental: { id: string };
let gstAdmin: TestSession;
let establishmentAdmin: TestSession;
let nurse: TestSession;
let orientalAdmin: TestSession;
let nationalAdmin: TestSession;
let ownEstablishment: { id: string; code: string };
let otherEstablishment: { id: string; code: string };

const validInput = () => ({
  code: `T-${unique()}`,
  nameFr: 'Centre de santé rural Bab Taza 2',
  nameAr: 'المركز الصحي القروي باب تازة 2',
  type: 'CSR-2',
  level: 'primary',
  provinceCode: '01.151',
  communeCode: null,
  lon: -5.1516,
  lat: 35.0557,
  services: [
    { specialtyCode: 'general_medicine', beds: 0 },
    { specialtyCode: 'maternal_health', beds: 4 },
  ],
  equipment: [{ equipmentCode: 'delivery_room', quantity: 1 }],
  openingHours: 'Mo-Fr 08:30-16:30',
});

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  oriental = await gstOf(db, '02');
  ownEstablishment = await buildEstablishment(db, tta.id);
  otherEstablishment = await buildEstablishment(db, tta.id);
  const users = {
    gstAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id }),
    establishmentAdmin: await buildUser(db, 'establishment_admin', {
      scopeLevel: 'establishment',
      gstId: tta.id,
      establishmentId: ownEstablishment.id,
    }),
    nurse: await buildUser(db, 'nurse', {
      scopeLevel: 'establishment',
      gstId: tta.id,
      establishmentId: ownEstablishment.id,
    }),
    orientalAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: oriental.id }),
    nationalAdmin: await buildUser(db, 'national_admin', { scopeLevel: 'national' }),
  };
  gstAdmin = await login(context.app, users.gstAdmin.username, testPassword);
  establishmentAdmin = await login(context.app, users.establishmentAdmin.username, testPassword);
  nurse = await login(context.app, users.nurse.username, testPassword);
  orientalAdmin = await login(context.app, users.orientalAdmin.username, testPassword);
  nationalAdmin = await login(context.app, users.nationalAdmin.username, testPassword);
});

afterAll(async () => {
  await context.close();
});

describe('POST /api/establishments', () => {
  it('registers an establishment in the GST of its province, with history and audit', async () => {
    const input = validInput();
    const response = await request(context.app, gstAdmin, 'POST', '/api/establishments', input);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ code: input.code, gstId: tta.id, totalBeds: 4, version: 1, status: 'active' });
    expect(created.province).toEqual({ code: '01.151', nameFr: 'Chefchaouen', nameAr: 'شفشاون' });
    const history = await request(context.app, gstAdmin, 'GET', `/api/establishments/${created.id}/history`);
    expect(history.json()[0]).toMatchObject({ version: 1, action: 'created' });
    const audit = await request(context.app, gstAdmin, 'GET', `/api/audit-events?entityId=${created.id}`);
    expect(audit.json().items.map((event: { action: string }) => event.action)).toContain('establishment.create');
  });

  it('rejects unknown fields, bad coordinates and a level that does not fit the type, writing nothing', async () => {
    const input = { ...validInput(), lon: 5.2, level: 'tertiary', colour: 'red' };
    const response = await request(context.app, gstAdmin, 'POST', '/api/establishments', input);
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.issues.map((issue: { path: string[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['lon', '']));
    const list = await request(context.app, gstAdmin, 'GET', `/api/establishments?q=${input.code}`);
    expect(list.json().total).toBe(0);
  });

  it('rejects a level that does not fit the type', async () => {
    const response = await request(context.app, gstAdmin, 'POST', '/api/establishments', {
      ...validInput(),
      level: 'tertiary',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['level']);
  });

  it('rejects an unknown province and a commune of another province', async () => {
    const unknown = await request(context.app, gstAdmin, 'POST', '/api/establishments', {
      ...validInput(),
      provinceCode: '01.999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues[0].path).toEqual(['provinceCode']);
    const wrongCommune = await request(context.app, gstAdmin, 'POST', '/api/establishments', {
      ...validInput(),
      communeCode: '01.511.01.0',
    });
    expect(wrongCommune.statusCode).toBe(400);
    expect(wrongCommune.json().error.issues[0].path).toEqual(['communeCode']);
  });

  it('answers 409 for a code already used in the GST', async () => {
    const response = await request(context.app, gstAdmin, 'POST', '/api/establishments', {
      ...validInput(),
      code: ownEstablishment.code,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.issues[0].path).toEqual(['code']);
  });

  it('answers 401 without a session, 403 to an establishment admin, 404 to another GST', async () => {
    expect((await request(context.app, null, 'POST', '/api/establishments', validInput())).statusCode).toBe(401);
    expect(
      (await request(context.app, establishmentAdmin, 'POST', '/api/establishments', validInput())).statusCode,
    ).toBe(403);
    expect((await request(context.app, orientalAdmin, 'POST', '/api/establishments', validInput())).statusCode).toBe(
      404,
    );
  });

  it('stores and returns markup and SQL-looking strings verbatim', async () => {
    const nameFr = `<script>alert(1)</script>'; drop table establishments; --`;
    const response = await request(context.app, gstAdmin, 'POST', '/api/establishments', { ...validInput(), nameFr });
    expect(response.statusCode).toBe(201);
    const fetched = await request(context.app, gstAdmin, 'GET', `/api/establishments/${response.json().id}`);
    expect(fetched.json().nameFr).toBe(nameFr);
  });

  it('refuses a write without the CSRF token, and from another origin', async () => {
    const noToken = await request(context.app, gstAdmin, 'POST', '/api/establishments', validInput(), {
      'x-csrf-token': 'wrong',
    });
    expect(noToken.statusCode).toBe(403);
    const crossSite = await request(context.app, gstAdmin, 'POST', '/api/establishments', validInput(), {
      origin: 'https://evil.example',
    });
    expect(crossSite.statusCode).toBe(403);
  });
});

describe('GET /api/establishments', () => {
  it('filters by province, type and a name in Arabic script, with paging', async () => {
    const response = await request(
      context.app,
      gstAdmin,
      'GET',
      `/api/establishments?provinceCode=01.151&type=CSR-2&q=${encodeURIComponent('للاختبار')}&pageSize=1`,
    );
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ type: 'CSR-2', province: { code: '01.151' } });
  });

  it('answers 400 for an unknown filter and 401 without a session', async () => {
    expect((await request(context.app, gstAdmin, 'GET', '/api/establishments?colour=red')).statusCode).toBe(400);
    expect((await request(context.app, gstAdmin, 'GET', '/api/establishments?type=HOSPITAL')).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', '/api/establishments')).statusCode).toBe(401);
  });

  it('never lists another GST’s establishments', async () => {
    const response = await request(context.app, orientalAdmin, 'GET', `/api/establishments?q=${ownEstablishment.code}`);
    expect(response.json().total).toBe(0);
  });
});

describe('GET /api/establishments/:id', () => {
  it('answers the establishment to its GST and 404 to another GST, auditing the denial', async () => {
    expect((await request(context.app, nurse, 'GET', `/api/establishments/${ownEstablishment.id}`)).statusCode).toBe(
      200,
    );
    const denied = await request(context.app, orientalAdmin, 'GET', `/api/establishments/${ownEstablishment.id}`);
    expect(denied.statusCode).toBe(404);
    const audit = await request(
      context.app,
      nationalAdmin,
      'GET',
      `/api/audit-events?outcome=denied&actorUserId=${orientalAdmin.userId}`,
    );
    expect(audit.json().items[0]).toMatchObject({
      action: 'GET /api/establishments/:id',
      outcome: 'denied',
      entityId: `/api/establishments/${ownEstablishment.id}`,
    });
  });

  it('shows the GST admin the attempts of other GSTs to read its establishments', async () => {
    await request(context.app, orientalAdmin, 'GET', `/api/establishments/${otherEstablishment.id}`);
    const audit = await request(
      context.app,
      gstAdmin,
      'GET',
      `/api/audit-events?outcome=denied&entityId=${encodeURIComponent(`/api/establishments/${otherEstablishment.id}`)}`,
    );
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items[0]).toMatchObject({
      actorUserId: orientalAdmin.userId,
      gstId: tta.id,
      outcome: 'denied',
    });
  });

  it('answers 400 for an id that is not a uuid and 401 without a session', async () => {
    expect((await request(context.app, gstAdmin, 'GET', '/api/establishments/not-a-uuid')).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', `/api/establishments/${ownEstablishment.id}`)).statusCode).toBe(
      401,
    );
  });
});

describe('PATCH /api/establishments/:id', () => {
  it('lets the establishment admin change details, recording who changed what', async () => {
    const before = (
      await request(context.app, establishmentAdmin, 'GET', `/api/establishments/${ownEstablishment.id}`)
    ).json();
    const response = await request(
      context.app,
      establishmentAdmin,
      'PATCH',
      `/api/establishments/${ownEstablishment.id}`,
      {
        version: before.version,
        phone: '+212 539 98 76 54',
      },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      phone: '+212 539 98 76 54',
      version: before.version + 1,
      services: before.services,
    });
    const history = (
      await request(context.app, establishmentAdmin, 'GET', `/api/establishments/${ownEstablishment.id}/history`)
    ).json();
    expect(history[0]).toMatchObject({
      action: 'updated',
      changedBy: { id: establishmentAdmin.userId },
      changes: [{ field: 'phone', before: before.phone, after: '+212 539 98 76 54' }],
    });
  });

  it('answers 403 when the establishment admin changes the type, and 409 on a stale version', async () => {
    const current = (
      await request(context.app, establishmentAdmin, 'GET', `/api/establishments/${ownEstablishment.id}`)
    ).json();
    const typeChange = await request(
      context.app,
      establishmentAdmin,
      'PATCH',
      `/api/establishments/${ownEstablishment.id}`,
      {
        version: current.version,
        type: 'CSR-1',
      },
    );
    expect(typeChange.statusCode).toBe(403);
    const stale = await request(context.app, gstAdmin, 'PATCH', `/api/establishments/${ownEstablishment.id}`, {
      version: current.version - 1,
      phone: '+212 539 00 00 01',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('answers 403 for an establishment admin of another establishment and 404 for another GST', async () => {
    const current = (
      await request(context.app, gstAdmin, 'GET', `/api/establishments/${otherEstablishment.id}`)
    ).json();
    const body = { version: current.version, phone: '+212 539 00 00 02' };
    expect(
      (await request(context.app, establishmentAdmin, 'PATCH', `/api/establishments/${otherEstablishment.id}`, body))
        .statusCode,
    ).toBe(403);
    expect(
      (await request(context.app, orientalAdmin, 'PATCH', `/api/establishments/${otherEstablishment.id}`, body))
        .statusCode,
    ).toBe(404);
    expect(
      (await request(context.app, null, 'PATCH', `/api/establishments/${otherEstablishment.id}`, body)).statusCode,
    ).toBe(401);
    expect(
      (
        await request(context.app, gstAdmin, 'PATCH', `/api/establishments/${otherEstablishment.id}`, {
          version: 1,
          lat: 12,
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('closing and reopening', () => {
  it('closes with a reason and date, refuses edits while closed, and reopens', async () => {
    const target = await buildEstablishment(context.handle.db, tta.id);
    const closed = await request(context.app, gstAdmin, 'POST', `/api/establishments/${target.id}/close`, {
      version: 1,
      reason: 'Bâtiment vétuste, activité transférée',
      closedOn: '2026-11-01',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-11-01', version: 2 });
    const edit = await request(context.app, gstAdmin, 'PATCH', `/api/establishments/${target.id}`, {
      version: 2,
      phone: '+212 539 11 11 11',
    });
    expect(edit.statusCode).toBe(409);
    expect(
      (await request(context.app, nurse, 'POST', `/api/establishments/${target.id}/reopen`, { version: 2 })).statusCode,
    ).toBe(403);
    const reopened = await request(context.app, gstAdmin, 'POST', `/api/establishments/${target.id}/reopen`, {
      version: 2,
    });
    expect(reopened.json()).toMatchObject({ status: 'active', closedOn: null, version: 3 });
  });

  it('rejects a closure without a reason', async () => {
    const response = await request(
      context.app,
      gstAdmin,
      'POST',
      `/api/establishments/${otherEstablishment.id}/close`,
      { version: 1, closedOn: '2026-11-01' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['reason']);
  });
});

describe('history access', () => {
  it('is refused to a nurse (403) and to another GST (404)', async () => {
    expect(
      (await request(context.app, nurse, 'GET', `/api/establishments/${ownEstablishment.id}/history`)).statusCode,
    ).toBe(403);
    expect(
      (await request(context.app, orientalAdmin, 'GET', `/api/establishments/${ownEstablishment.id}/history`))
        .statusCode,
    ).toBe(404);
  });
});
