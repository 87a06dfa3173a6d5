import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateReferralTimers } from '../referrals/escalate-referral-timers';
import { buildUser, testPassword } from '../testing/factories';
import { buildReferralWorld, sendReferral, step, type ReferralWorld } from '../testing/referral-fixtures';
import { login, request, type TestSession } from '../testing/test-app';

let world: ReferralWorld;
let director: TestSession;
let late: { id: string; number: string };
let lateAccepted: { id: string; number: string };

beforeAll(async () => {
  world = await buildReferralWorld();
  const user = await buildUser(world.context.handle.db, 'gst_director', { scopeLevel: 'gst', gstId: world.gstId });
  director = await login(world.context.app, user.username, testPassword);
  late = await sendReferral(world, world.nurse);
  lateAccepted = await sendReferral(world, world.nurse);
  const accepted = await step(world, world.destinationPhysician, lateAccepted.id, 'accept', { version: 1 });
  expect(accepted.statusCode, accepted.body).toBe(200);
  await sendReferral(world, world.nurse); // on time
  const db = world.context.handle.db;
  await db.execute(sql`update referrals set accept_due_at = now() - interval '3 days' where id = ${late.id}`);
  await db.execute(
    sql`update referrals set appointment_due_at = now() - interval '1 day' where id = ${lateAccepted.id}`,
  );
  await escalateReferralTimers(db, world.messenger);
}, 60_000);

afterAll(async () => {
  await world.context.close();
});

const overdue = (gstId: string, extra = '') => `/api/referral-indicators/overdue?gstId=${gstId}${extra}`;

describe('GET /api/referral-indicators/overdue', () => {
  it('lists the GST’s overdue referrals, longest overdue first, with the timer and the escalation, no patient', async () => {
    const response = await request(world.context.app, director, 'GET', overdue(world.gstId));
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(page.items.map((item: { number: string }) => item.number)).toEqual([late.number, lateAccepted.number]);
    expect(page.items[0]).toMatchObject({
      timer: 'accept',
      status: 'sent',
      specialtyCode: 'cardiology',
      origin: { id: world.origin.id, nameFr: 'CSR Bab Taza' },
      destination: { id: world.destination.id },
      escalatedAt: expect.any(String),
    });
    expect(page.items[1]).toMatchObject({ timer: 'appointment', status: 'accepted' });
    expect(JSON.stringify(page)).not.toContain(world.patient.regionalId);
    expect(JSON.stringify(page)).not.toContain('patient');
  });

  it('filters by establishment and pages', async () => {
    const origin = await request(
      world.context.app,
      director,
      'GET',
      overdue(world.gstId, `&side=origin&establishmentId=${world.regional.id}`),
    );
    expect(origin.json()).toMatchObject({ total: 0, items: [] });
    const second = await request(world.context.app, director, 'GET', overdue(world.gstId, '&pageSize=1&page=2'));
    expect(second.json().items.map((item: { number: string }) => item.number)).toEqual([lateAccepted.number]);
    const past = await request(world.context.app, director, 'GET', overdue(world.gstId, '&pageSize=1&page=5'));
    expect(past.json()).toMatchObject({ items: [], total: 2 });
  });

  it('narrows an establishment administrator to their establishment', async () => {
    const user = await buildUser(world.context.handle.db, 'establishment_admin', {
      scopeLevel: 'establishment',
      gstId: world.gstId,
      establishmentId: world.regional.id,
    });
    const admin = await login(world.context.app, user.username, testPassword);
    const response = await request(world.context.app, admin, 'GET', overdue(world.gstId));
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(0);
  });

  it('answers 400, 401, 403 and 404', async () => {
    expect((await request(world.context.app, director, 'GET', overdue(world.gstId, '&side=both'))).statusCode).toBe(
      400,
    );
    expect((await request(world.context.app, null, 'GET', overdue(world.gstId))).statusCode).toBe(401);
    expect((await request(world.context.app, world.nurse, 'GET', overdue(world.gstId))).statusCode).toBe(403);
    const oriental = (await world.context.handle.db.execute(sql`select id from gsts where region_code = '02'`)) as {
      rows: { id: string }[];
    };
    expect((await request(world.context.app, director, 'GET', overdue(oriental.rows[0]?.id ?? ''))).statusCode).toBe(
      404,
    );
  });
});
