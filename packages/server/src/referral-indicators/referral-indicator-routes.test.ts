import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../testing/test-app';
import { buildUser, gstOf, testPassword } from '../testing/factories';
import { login } from '../testing/test-app';
import { buildIndicatorWorld, type IndicatorWorld } from './indicator-fixtures';

let world: IndicatorWorld;

beforeAll(async () => {
  world = await buildIndicatorWorld();
}, 60_000);

afterAll(async () => {
  await world.context.close();
});

const march = (extra: string) => `/api/referral-indicators?gstId=${world.gstId}&from=2026-03-01&to=2026-03-31&${extra}`;

describe('GET /api/referral-indicators', () => {
  it('counts, rates and delay percentiles of a destination in a month, with tele-expertise', async () => {
    const director = await world.session('gst_director', 'gst');
    const response = await request(world.context.app, director, 'GET', march(`establishmentId=${world.h}`));
    expect(response.statusCode, response.body).toBe(200);
    const { totals, rows } = response.json();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'cardiology', labelFr: expect.any(String), referrals: 9 });
    // Accepted after 1, 2, 3, 4, 5, 6 and 8 days: median 4, p90 = 6 + 0.4 × (8 − 6). Booked after 10…18 days: median
    // 14, p90 = 16 + 0.6 × 2. Four attendances and two counter-referrals: fewer than five, so no delay is published.
    expect(totals).toEqual({
      referrals: 9,
      inPathway: 5,
      inPathwayShare: 5 / 9,
      accepted: 7,
      declined: 2,
      redirected: 1,
      booked: 5,
      noShows: 1,
      attended: 4,
      counterReferred: 2,
      declineRate: 2 / 9,
      redirectRate: 1 / 9,
      noShowRate: 0.2,
      counterReferralCompletion: 0.5,
      delays: {
        acceptance: { median: 4, p90: 6.8 },
        appointment: { median: 14, p90: 17.2 },
        attendance: { median: null, p90: null },
        counterReferral: { median: null, p90: null },
      },
      // Answered in 2, 4, 6, 8, 10 hours, three of five as advice only (no referral); one still open.
      teleexpertise: { requests: 6, answered: 5, medianResponseHours: 6, adviceOnlyShare: 0.6 },
    });
  });

  it('groups by origin establishment and hides the delays of a small group', async () => {
    const admin = await world.session('gst_admin', 'gst');
    const response = await request(world.context.app, admin, 'GET', march('side=origin&groupBy=establishment'));
    expect(response.statusCode, response.body).toBe(200);
    const rows = response.json().rows as { key: string; referrals: number; delays: { acceptance: unknown } }[];
    expect(rows.find((row) => row.key === world.a)).toMatchObject({
      labelFr: 'CSR A',
      referrals: 7,
      inPathwayShare: 5 / 7,
      delays: { acceptance: { median: 3.5, p90: 5.5 }, appointment: { median: 14, p90: 17.2 } },
      teleexpertise: { requests: 6 },
    });
    expect(rows.find((row) => row.key === world.b)).toMatchObject({
      referrals: 2,
      accepted: 1,
      delays: { acceptance: { median: null, p90: null } },
    });
  });

  it('groups by month with the statuses for the stacked chart', async () => {
    const analyst = await world.session('analyst', 'gst');
    const url = `/api/referral-indicators?gstId=${world.gstId}&from=2026-03-01&to=2026-04-30&establishmentId=${world.h}&groupBy=month`;
    const response = await request(world.context.app, analyst, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().rows.map((row: { key: string; referrals: number }) => [row.key, row.referrals])).toEqual([
      ['2026-03', 9],
      ['2026-04', 1],
    ]);
    expect(response.json().rows[1].byStatus).toMatchObject({ sent: 1, accepted: 0 });
  });

  it('narrows a province analyst to their province and an establishment administrator to their establishment', async () => {
    const guelmim = await world.session('analyst', 'province', { provinceCode: '10.261' });
    const tanTan = await world.session('analyst', 'province', { provinceCode: '10.521' });
    const hospital = await world.session('establishment_admin', 'establishment', { establishmentId: world.h });
    const centre = await world.session('establishment_admin', 'establishment', { establishmentId: world.a });
    const referrals = async (session: typeof guelmim) => {
      const response = await request(world.context.app, session, 'GET', march(`establishmentId=${world.h}`));
      return response.json<{ totals: { referrals: number } }>().totals.referrals;
    };
    expect(await referrals(guelmim)).toBe(9);
    expect(await referrals(tanTan)).toBe(0);
    expect(await referrals(hospital)).toBe(9);
    expect(await referrals(centre)).toBe(0);
  });

  it('rejects a period that ends before it starts and an unknown grouping (400)', async () => {
    const director = await world.session('gst_director', 'gst');
    const backwards = `/api/referral-indicators?gstId=${world.gstId}&from=2026-04-01&to=2026-03-01`;
    expect((await request(world.context.app, director, 'GET', backwards)).statusCode).toBe(400);
    expect((await request(world.context.app, director, 'GET', march('groupBy=patient'))).statusCode).toBe(400);
  });

  it('asks for a session (401)', async () => {
    expect((await request(world.context.app, null, 'GET', march(''))).statusCode).toBe(401);
  });

  it('refuses clinicians (403)', async () => {
    const physician = await world.session('physician', 'establishment', { establishmentId: world.h });
    expect((await request(world.context.app, physician, 'GET', march(''))).statusCode).toBe(403);
  });

  it('does not show another GST (404)', async () => {
    const tta = await gstOf(world.context.handle.db, '01');
    const user = await buildUser(world.context.handle.db, 'gst_director', { scopeLevel: 'gst', gstId: tta.id });
    const ttaDirector = await login(world.context.app, user.username, testPassword);
    expect((await request(world.context.app, ttaDirector, 'GET', march(''))).statusCode).toBe(404);
  });
});

describe('GET /api/referral-indicators/flows', () => {
  it('gives each route with its referrals and both ends’ coordinates', async () => {
    const director = await world.session('gst_director', 'gst');
    const url = `/api/referral-indicators/flows?gstId=${world.gstId}&from=2026-03-01&to=2026-03-31&establishmentId=${world.h}`;
    const response = await request(world.context.app, director, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().routes).toEqual([
      {
        origin: { id: world.a, nameFr: 'CSR A', nameAr: expect.any(String), lon: -10.06, lat: 28.99 },
        destination: expect.objectContaining({ id: world.h, nameFr: 'CHR H' }),
        referrals: 7,
        inPathway: 5,
      },
      expect.objectContaining({ origin: expect.objectContaining({ id: world.b, lon: -11.1 }), referrals: 2 }),
    ]);
  });

  it('answers 400, 401, 403 and 404 like the indicators', async () => {
    const flows = (gstId: string, extra = '') =>
      `/api/referral-indicators/flows?gstId=${gstId}&from=2026-03-01&to=2026-03-31${extra}`;
    const physician = await world.session('physician', 'establishment', { establishmentId: world.a });
    const director = await world.session('gst_director', 'gst');
    const tta = await gstOf(world.context.handle.db, '01');
    expect((await request(world.context.app, director, 'GET', flows(world.gstId, '&side=both'))).statusCode).toBe(400);
    expect((await request(world.context.app, null, 'GET', flows(world.gstId))).statusCode).toBe(401);
    expect((await request(world.context.app, physician, 'GET', flows(world.gstId))).statusCode).toBe(403);
    expect((await request(world.context.app, director, 'GET', flows(tta.id))).statusCode).toBe(404);
  });
});
