import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, request, searchAudit, type TestContext } from '../testing/test-app';
import { acceptedReferrals, bookSlot, buildServiceWorld } from './service-test-fixtures';

let context: TestContext;
let world: Awaited<ReturnType<typeof buildServiceWorld>>;

const serviceUrl = (establishmentId: string, specialtyCode = 'cardiology', suffix = '') =>
  `/api/establishments/${establishmentId}/services/${specialtyCode}${suffix}`;

const entryInput = (overrides: Record<string, unknown> = {}) => ({
  acceptsReferrals: true,
  criteria: 'Insuffisance cardiaque, troubles du rythme',
  notes: 'Joindre un ECG',
  directBooking: true,
  offersTeleexpertise: true,
  offersTeleconsultation: false,
  headUserId: null,
  version: 0,
  ...overrides,
});

beforeAll(async () => {
  context = await createTestContext();
  world = await buildServiceWorld(context);
});

afterAll(async () => {
  await context.close();
});

describe('GET /api/service-directory', () => {
  it('lists the hospital services of the GST with default entries, filtered by specialty', async () => {
    const response = await request(
      context.app,
      world.secretary,
      'GET',
      `/api/service-directory?gstId=${world.tta.id}&establishmentId=${world.hospital.id}`,
    );
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({
      establishment: { id: world.hospital.id, type: 'CHP' },
      specialtyCode: 'cardiology',
      registryBeds: 12,
      entry: { acceptsReferrals: true, directBooking: false, version: 0, updatedAt: null },
      beds: null,
      weeklySessions: 0,
      nextFreeSlot: null,
    });
    const cardiology = await request(
      context.app,
      world.secretary,
      'GET',
      `/api/service-directory?gstId=${world.tta.id}&specialtyCode=cardiology&pageSize=100`,
    );
    const ids = cardiology.json().items.map((item: { establishment: { id: string } }) => item.establishment.id);
    expect(ids).toEqual(expect.arrayContaining([world.hospital.id, world.otherHospital.id]));
    expect(ids).not.toContain(world.healthCentre.id);
  });

  it('answers 400 with the field path, 401 without a session and 404 for another GST', async () => {
    const invalid = await request(context.app, world.secretary, 'GET', '/api/service-directory?gstId=nope');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.issues[0].path).toEqual(['querystring', 'gstId']);
    expect((await request(context.app, null, 'GET', `/api/service-directory?gstId=${world.tta.id}`)).statusCode).toBe(
      401,
    );
    const other = await request(
      context.app,
      world.orientalAdmin,
      'GET',
      `/api/service-directory?gstId=${world.tta.id}`,
    );
    expect(other.statusCode).toBe(404);
  });
});

describe('PUT /api/establishments/:id/services/:specialtyCode/directory-entry', () => {
  it('creates then updates the entry, audited, and refuses a stale version with 409', async () => {
    const url = serviceUrl(world.hospital.id, 'paediatrics', '/directory-entry');
    const created = await request(context.app, world.hospitalAdmin, 'PUT', url, entryInput());
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ version: 1, directBooking: true, notes: 'Joindre un ECG' });
    const updated = await request(context.app, world.gstAdmin, 'PUT', url, entryInput({ version: 1, criteria: '' }));
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, criteria: null });
    const stale = await request(context.app, world.hospitalAdmin, 'PUT', url, entryInput({ version: 1 }));
    expect(stale.statusCode).toBe(409);
    const again = await request(context.app, world.hospitalAdmin, 'PUT', url, entryInput({ version: 0 }));
    expect(again.statusCode).toBe(409);
    const audit = await searchAudit(context.app, world.gstAdmin, `action=service_directory.update`);
    expect(audit.items.filter((event) => event.details?.establishmentId === world.hospital.id)).toHaveLength(2);
    const read = await request(context.app, world.physician, 'GET', url);
    expect(read.json()).toMatchObject({ version: 2 });
  });

  it('answers 400 with field paths, 401, 403 for a physician or another hospital, 404 out of the GST', async () => {
    const url = serviceUrl(world.hospital.id, 'cardiology', '/directory-entry');
    const invalid = await request(context.app, world.hospitalAdmin, 'PUT', url, entryInput({ version: -1, extra: 1 }));
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.issues.map((issue: { path: string[] }) => issue.path.join('.'))).toContain('version');
    expect((await request(context.app, null, 'PUT', url, entryInput())).statusCode).toBe(401);
    expect((await request(context.app, world.physician, 'PUT', url, entryInput())).statusCode).toBe(403);
    expect((await request(context.app, world.otherHospitalAdmin, 'PUT', url, entryInput())).statusCode).toBe(403);
    expect((await request(context.app, world.orientalAdmin, 'PUT', url, entryInput())).statusCode).toBe(404);
    const notOffered = serviceUrl(world.hospital.id, 'neonatology', '/directory-entry');
    expect((await request(context.app, world.hospitalAdmin, 'PUT', notOffered, entryInput())).statusCode).toBe(404);
    const healthCentre = serviceUrl(world.healthCentre.id, 'general_medicine', '/directory-entry');
    expect((await request(context.app, world.gstAdmin, 'PUT', healthCentre, entryInput())).statusCode).toBe(404);
  });
});

describe('PUT /api/establishments/:id/services/:specialtyCode/beds', () => {
  it('lets a nurse of the hospital set the beds, with who and when', async () => {
    const before = Date.now();
    const response = await request(
      context.app,
      world.nurse,
      'PUT',
      serviceUrl(world.hospital.id, 'cardiology', '/beds'),
      {
        bedsAvailable: 3,
      },
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ bedsAvailable: 3, updatedBy: { id: world.nurse.userId } });
    expect(Date.parse(response.json().updatedAt)).toBeGreaterThanOrEqual(before - 1000);
    const detail = await request(context.app, world.secretary, 'GET', serviceUrl(world.hospital.id));
    expect(detail.json().beds).toMatchObject({ bedsAvailable: 3 });
  });

  it('answers 400, 401, 403 for a secretary, 404 out of the GST', async () => {
    const url = serviceUrl(world.hospital.id, 'cardiology', '/beds');
    const invalid = await request(context.app, world.nurse, 'PUT', url, { bedsAvailable: -1 });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.issues[0].path).toEqual(['bedsAvailable']);
    expect((await request(context.app, null, 'PUT', url, { bedsAvailable: 1 })).statusCode).toBe(401);
    expect((await request(context.app, world.secretary, 'PUT', url, { bedsAvailable: 1 })).statusCode).toBe(403);
    expect((await request(context.app, world.orientalAdmin, 'PUT', url, { bedsAvailable: 1 })).statusCode).toBe(404);
  });
});

describe('GET /api/establishments/:id/services/:specialtyCode/free-slots', () => {
  it('lists the free slots in time order: no booked slot, no closure, no public holiday, by mode', async () => {
    const service = { establishmentId: world.otherHospital.id, specialtyCode: 'cardiology' };
    const schedule = await request(context.app, world.gstAdmin, 'POST', '/api/consultation-schedules', {
      ...service,
      weekday: 1,
      startTime: '09:00',
      endTime: '10:00',
      slotCount: 3,
      validFrom: '2032-01-01',
    });
    expect(schedule.statusCode).toBe(201);
    const tele = await request(context.app, world.gstAdmin, 'POST', '/api/consultation-schedules', {
      ...service,
      weekday: 3,
      startTime: '14:00',
      endTime: '15:00',
      slotCount: 2,
      mode: 'teleconsultation',
      validFrom: '2032-01-01',
    });
    expect(tele.statusCode).toBe(201);
    const scheduleId = schedule.json().id;
    await bookSlot(
      context.handle.db,
      world.tta.id,
      { ...service, scheduleId, sessionDate: '2032-07-05', slotIndex: 1 },
      { startsAt: '2032-07-05T08:20:00Z', endsAt: '2032-07-05T08:40:00Z' },
    );
    // A year no other test file touches (the PostgreSQL server run shares one database): 2032-07-12, a Monday, is a
    // public holiday and 2032-07-19 is closed.
    const holidays = await request(context.app, world.gstAdmin, 'PUT', `/api/gsts/${world.tta.id}/holidays`, {
      years: [2032],
      holidays: [{ day: '2032-07-12', name: 'Jour férié de test' }],
    });
    expect(holidays.statusCode).toBe(200);
    const closure = await request(context.app, world.otherHospitalAdmin, 'POST', '/api/consultation-closures', {
      ...service,
      fromDate: '2032-07-19',
      toDate: '2032-07-19',
      reason: 'Formation',
    });
    expect(closure.statusCode).toBe(201);

    const url = serviceUrl(
      world.otherHospital.id,
      'cardiology',
      '/free-slots?from=2032-07-05T00:00:00Z&to=2032-07-27T00:00:00Z',
    );
    const response = await request(context.app, world.physician, 'GET', url);
    expect(response.statusCode).toBe(200);
    const slots = response.json<{ sessionDate: string; slotIndex: number; startsAt: string; mode: string }[]>();
    expect(slots.map((slot) => `${slot.sessionDate}#${slot.slotIndex}`)).toEqual([
      '2032-07-05#0',
      '2032-07-05#2',
      '2032-07-07#0',
      '2032-07-07#1',
      '2032-07-14#0',
      '2032-07-14#1',
      '2032-07-21#0',
      '2032-07-21#1',
      '2032-07-26#0',
      '2032-07-26#1',
      '2032-07-26#2',
    ]);
    expect(slots[0]?.startsAt).toBe('2032-07-05T08:00:00.000Z');
    const teleOnly = await request(context.app, world.physician, 'GET', `${url}&mode=teleconsultation&limit=3`);
    expect(teleOnly.json().map((slot: { mode: string }) => slot.mode)).toEqual([
      'teleconsultation',
      'teleconsultation',
      'teleconsultation',
    ]);
    const detail = await request(context.app, world.physician, 'GET', serviceUrl(world.otherHospital.id));
    expect(detail.json().schedules).toHaveLength(2);
  });

  it('answers 400, 401 and 404 out of the GST', async () => {
    const url = serviceUrl(world.hospital.id, 'cardiology', '/free-slots');
    const invalid = await request(context.app, world.physician, 'GET', `${url}?limit=0`);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.issues[0].path).toEqual(['querystring', 'limit']);
    expect((await request(context.app, null, 'GET', url)).statusCode).toBe(401);
    expect((await request(context.app, world.orientalAdmin, 'GET', url)).statusCode).toBe(404);
    const bad = await request(context.app, world.physician, 'GET', serviceUrl(world.hospital.id, 'astrology'));
    expect(bad.statusCode).toBe(400);
  });
});

describe('GET /api/slot-shortages', () => {
  it('lists services whose waiting referrals exceed their free slots, to GST staff and the hospital admin', async () => {
    const db = context.handle.db;
    const origin = { establishmentId: world.healthCentre.id, senderUserId: world.physician.userId };
    await acceptedReferrals(
      db,
      world.tta.id,
      { establishmentId: world.hospital.id, specialtyCode: 'paediatrics' },
      origin,
      3,
    );
    const forDirector = await request(context.app, world.director, 'GET', `/api/slot-shortages?gstId=${world.tta.id}`);
    expect(forDirector.statusCode).toBe(200);
    const mine = forDirector
      .json()
      .filter((item: { establishment: { id: string } }) => item.establishment.id === world.hospital.id);
    expect(mine).toEqual([
      expect.objectContaining({ specialtyCode: 'paediatrics', capacity: 0, pending: 3, demand: 3, shortage: 3 }),
    ]);
    expect(mine[0].weeks).toHaveLength(4);
    const forAdmin = await request(
      context.app,
      world.otherHospitalAdmin,
      'GET',
      `/api/slot-shortages?gstId=${world.tta.id}&weeks=2`,
    );
    expect(forAdmin.statusCode).toBe(200);
    expect(
      forAdmin
        .json()
        .every((item: { establishment: { id: string } }) => item.establishment.id === world.otherHospital.id),
    ).toBe(true);
  });

  it('answers 400, 401, 403 for a physician and 404 for another GST', async () => {
    const url = `/api/slot-shortages?gstId=${world.tta.id}`;
    expect((await request(context.app, world.director, 'GET', `${url}&weeks=40`)).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', url)).statusCode).toBe(401);
    expect((await request(context.app, world.physician, 'GET', url)).statusCode).toBe(403);
    expect((await request(context.app, world.orientalAdmin, 'GET', url)).statusCode).toBe(404);
  });
});
