import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moroccanPublicHolidays } from '@tansiq/domain';
import { createTestContext, request, searchAudit, type TestContext } from '../testing/test-app';
import { bookSlot, buildServiceWorld } from './service-test-fixtures';

let context: TestContext;
let world: Awaited<ReturnType<typeof buildServiceWorld>>;

const scheduleInput = (overrides: Record<string, unknown> = {}) => ({
  establishmentId: world.hospital.id,
  specialtyCode: 'cardiology',
  weekday: 2,
  startTime: '08:30',
  endTime: '12:30',
  slotCount: 16,
  validFrom: '2030-01-01',
  ...overrides,
});
const updateInput = (overrides: Record<string, unknown> = {}) => ({
  weekday: 2,
  startTime: '08:30',
  endTime: '12:30',
  slotCount: 16,
  mode: 'in_person',
  validFrom: '2030-01-01',
  validTo: null,
  ...overrides,
});

beforeAll(async () => {
  context = await createTestContext();
  world = await buildServiceWorld(context);
});

afterAll(async () => {
  await context.close();
});

describe('/api/consultation-schedules', () => {
  it('creates, updates and deletes a weekly session, each audited', async () => {
    const created = await request(
      context.app,
      world.hospitalAdmin,
      'POST',
      '/api/consultation-schedules',
      scheduleInput(),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ weekday: 2, startTime: '08:30', endTime: '12:30', mode: 'in_person' });
    const id = created.json().id;
    const updated = await request(
      context.app,
      world.hospitalAdmin,
      'PUT',
      `/api/consultation-schedules/${id}`,
      updateInput({ weekday: 4, slotCount: 10 }),
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ weekday: 4, slotCount: 10 });
    const deleted = await request(context.app, world.hospitalAdmin, 'DELETE', `/api/consultation-schedules/${id}`);
    expect(deleted.statusCode).toBe(204);
    const audit = await searchAudit(context.app, world.gstAdmin, `entityId=${id}`);
    expect(audit.items.map((event) => event.action).sort()).toEqual([
      'consultation_schedule.create',
      'consultation_schedule.delete',
      'consultation_schedule.update',
    ]);
  });

  it('keeps booked appointments in place: 409 on moving a session, ending it after the last booking is fine', async () => {
    const created = await request(
      context.app,
      world.gstAdmin,
      'POST',
      '/api/consultation-schedules',
      scheduleInput({ weekday: 1, validFrom: '2030-01-01' }),
    );
    const id = created.json().id;
    await bookSlot(
      context.handle.db,
      world.tta.id,
      {
        establishmentId: world.hospital.id,
        specialtyCode: 'cardiology',
        scheduleId: id,
        sessionDate: '2030-01-14',
        slotIndex: 0,
      },
      { startsAt: '2030-01-14T07:30:00Z', endsAt: '2030-01-14T07:45:00Z' },
    );
    const url = `/api/consultation-schedules/${id}`;
    const moved = await request(
      context.app,
      world.gstAdmin,
      'PUT',
      url,
      updateInput({ weekday: 1, startTime: '09:00' }),
    );
    expect(moved.statusCode).toBe(409);
    const tooEarly = await request(
      context.app,
      world.gstAdmin,
      'PUT',
      url,
      updateInput({ weekday: 1, validTo: '2030-01-07' }),
    );
    expect(tooEarly.statusCode).toBe(409);
    const ended = await request(
      context.app,
      world.gstAdmin,
      'PUT',
      url,
      updateInput({ weekday: 1, validTo: '2030-01-31' }),
    );
    expect(ended.statusCode).toBe(200);
    expect(ended.json().validTo).toBe('2030-01-31');
    expect((await request(context.app, world.gstAdmin, 'DELETE', url)).statusCode).toBe(409);
  });

  it('answers 400 with field paths, 401, 403 and 404', async () => {
    const invalid = await request(
      context.app,
      world.hospitalAdmin,
      'POST',
      '/api/consultation-schedules',
      scheduleInput({ endTime: '08:00', weekday: 8, startTime: '8h30' }),
    );
    expect(invalid.statusCode).toBe(400);
    const paths = invalid.json().error.issues.map((issue: { path: string[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['weekday', 'startTime']));
    const order = await request(
      context.app,
      world.hospitalAdmin,
      'POST',
      '/api/consultation-schedules',
      scheduleInput({ endTime: '08:00' }),
    );
    expect(order.json().error.issues[0].path).toEqual(['endTime']);
    expect((await request(context.app, null, 'POST', '/api/consultation-schedules', scheduleInput())).statusCode).toBe(
      401,
    );
    for (const session of [world.physician, world.nurse, world.otherHospitalAdmin, world.director]) {
      expect(
        (await request(context.app, session, 'POST', '/api/consultation-schedules', scheduleInput())).statusCode,
      ).toBe(403);
    }
    const oriental = scheduleInput({ establishmentId: world.orientalHospital.id });
    expect(
      (await request(context.app, world.gstAdmin, 'POST', '/api/consultation-schedules', oriental)).statusCode,
    ).toBe(404);
    const created = await request(
      context.app,
      world.hospitalAdmin,
      'POST',
      '/api/consultation-schedules',
      scheduleInput(),
    );
    const url = `/api/consultation-schedules/${created.json().id}`;
    expect((await request(context.app, world.orientalAdmin, 'PUT', url, updateInput())).statusCode).toBe(404);
    expect((await request(context.app, world.physician, 'DELETE', url)).statusCode).toBe(403);
    const missing = '/api/consultation-schedules/00000000-0000-4000-8000-000000000000';
    expect((await request(context.app, world.gstAdmin, 'DELETE', missing)).statusCode).toBe(404);
  });
});

describe('/api/consultation-closures', () => {
  it('closes a service for some days, then reopens it', async () => {
    const closure = {
      establishmentId: world.hospital.id,
      specialtyCode: 'paediatrics',
      fromDate: '2030-02-01',
      toDate: '2030-02-05',
      reason: 'Travaux de peinture',
    };
    const created = await request(context.app, world.hospitalAdmin, 'POST', '/api/consultation-closures', closure);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...closure, scheduleId: null });
    const url = `/api/consultation-closures/${created.json().id}`;
    expect((await request(context.app, world.nurse, 'DELETE', url)).statusCode).toBe(403);
    expect((await request(context.app, world.orientalAdmin, 'DELETE', url)).statusCode).toBe(404);
    expect((await request(context.app, world.hospitalAdmin, 'DELETE', url)).statusCode).toBe(204);
    expect((await request(context.app, world.hospitalAdmin, 'DELETE', url)).statusCode).toBe(404);
  });

  it('refuses days in the wrong order and a session of another service, with field paths', async () => {
    const base = { establishmentId: world.hospital.id, specialtyCode: 'paediatrics', reason: 'Congrès' };
    const reversed = await request(context.app, world.hospitalAdmin, 'POST', '/api/consultation-closures', {
      ...base,
      fromDate: '2030-02-05',
      toDate: '2030-02-01',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.issues[0].path).toEqual(['toDate']);
    const other = await request(
      context.app,
      world.hospitalAdmin,
      'POST',
      '/api/consultation-schedules',
      scheduleInput(),
    );
    const wrongSchedule = await request(context.app, world.hospitalAdmin, 'POST', '/api/consultation-closures', {
      ...base,
      scheduleId: other.json().id,
      fromDate: '2030-02-01',
      toDate: '2030-02-01',
    });
    expect(wrongSchedule.statusCode).toBe(400);
    expect(wrongSchedule.json().error.issues[0].path).toEqual(['scheduleId']);
    const anonymous = await request(context.app, null, 'POST', '/api/consultation-closures', base);
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('/api/gsts/:gstId/holidays', () => {
  it('lets the GST administrator replace the holidays of a year, read by everyone in the GST', async () => {
    const url = `/api/gsts/${world.tta.id}/holidays`;
    const input = { years: [2031], holidays: moroccanPublicHolidays(2031) };
    const replaced = await request(context.app, world.gstAdmin, 'PUT', url, input);
    expect(replaced.statusCode).toBe(200);
    const read = await request(context.app, world.secretary, 'GET', url);
    expect(read.json().filter((holiday: { day: string }) => holiday.day.startsWith('2031'))).toHaveLength(10);
    const fewer = await request(context.app, world.gstAdmin, 'PUT', url, {
      years: [2031],
      holidays: [{ day: '2031-01-01', name: 'Nouvel an' }],
    });
    expect(fewer.json().filter((holiday: { day: string }) => holiday.day.startsWith('2031'))).toEqual([
      { day: '2031-01-01', name: 'Nouvel an' },
    ]);
    const audit = await searchAudit(context.app, world.gstAdmin, 'action=gst_holidays.replace');
    expect(audit.items.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 400, 401, 403 for a hospital administrator and 404 for another GST', async () => {
    const url = `/api/gsts/${world.tta.id}/holidays`;
    const invalid = await request(context.app, world.gstAdmin, 'PUT', url, {
      years: [2031],
      holidays: [{ day: '2032-01-01', name: 'Nouvel an' }],
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.issues[0].path).toEqual(['holidays', 0, 'day']);
    expect((await request(context.app, null, 'GET', url)).statusCode).toBe(401);
    const body = { years: [2031], holidays: [] };
    expect((await request(context.app, world.hospitalAdmin, 'PUT', url, body)).statusCode).toBe(403);
    expect((await request(context.app, world.orientalAdmin, 'PUT', url, body)).statusCode).toBe(404);
    expect((await request(context.app, world.orientalAdmin, 'GET', url)).statusCode).toBe(404);
  });
});
