import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, login, request, type TestContext, type TestSession } from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';

let context: TestContext;
let tta: { id: string };
let oriental: { id: string };
let gstAdmin: TestSession;
let nurse: TestSession;
let nationalAdmin: TestSession;

interface ProvinceRow {
  code: string;
  population2024: number;
  establishments: number;
  primaryCare: number;
  hospitals: number;
  beds: number;
  establishmentsPer10k: number;
  primaryCarePer10k: number;
  bedsPer10k: number;
}

/** Per 10,000 inhabitants, to two decimals, as the overview publishes it. */
const per10k = (value: number, population: number) => Math.round((value / population) * 10_000 * 100) / 100;

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  oriental = await gstOf(db, '02');
  const own = await buildEstablishment(db, tta.id);
  const users = {
    gstAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id }),
    nurse: await buildUser(db, 'nurse', { scopeLevel: 'establishment', gstId: tta.id, establishmentId: own.id }),
    nationalAdmin: await buildUser(db, 'national_admin', { scopeLevel: 'national' }),
  };
  gstAdmin = await login(context.app, users.gstAdmin.username, testPassword);
  nurse = await login(context.app, users.nurse.username, testPassword);
  nationalAdmin = await login(context.app, users.nationalAdmin.username, testPassword);
});

afterAll(async () => {
  await context.close();
});

describe('GET /api/territory/provinces', () => {
  it('lists the eight TTA provinces with their RGPH 2024 populations', async () => {
    const response = await request(context.app, nurse, 'GET', '/api/territory/provinces?regionCode=01');
    expect(response.statusCode).toBe(200);
    const provinces =
      response.json<{ code: string; nameFr: string; nameAr: string; population2024: number; regionCode: string }[]>();
    expect(provinces).toHaveLength(8);
    expect(provinces.every((province) => province.regionCode === '01')).toBe(true);
    expect(provinces.find((province) => province.code === '01.511')).toMatchObject({
      nameFr: 'Tanger-Assilah',
      population2024: 1_494_413,
    });
    expect(provinces.reduce((total, province) => total + province.population2024, 0)).toBe(4_030_222);
  });

  it('lists every province and prefecture of Morocco without a filter', async () => {
    const response = await request(context.app, nurse, 'GET', '/api/territory/provinces');
    expect(response.json()).toHaveLength(83);
  });

  it('answers 400 for a malformed region code or an unknown filter, and 401 without a session', async () => {
    expect((await request(context.app, nurse, 'GET', '/api/territory/provinces?regionCode=1')).statusCode).toBe(400);
    expect((await request(context.app, nurse, 'GET', '/api/territory/provinces?regionCode=TTA')).statusCode).toBe(400);
    expect((await request(context.app, nurse, 'GET', '/api/territory/provinces?province=01.151')).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', '/api/territory/provinces?regionCode=01')).statusCode).toBe(401);
  });
});

describe('GET /api/territory/communes', () => {
  it('lists the 28 communes of Chefchaouen and the 146 of TTA', async () => {
    const chefchaouen = await request(context.app, nurse, 'GET', '/api/territory/communes?provinceCode=01.151');
    expect(chefchaouen.statusCode).toBe(200);
    expect(chefchaouen.json()).toHaveLength(28);
    expect(chefchaouen.json().every((commune: { provinceCode: string }) => commune.provinceCode === '01.151')).toBe(
      true,
    );
    expect((await request(context.app, nurse, 'GET', '/api/territory/communes?regionCode=01')).json()).toHaveLength(
      146,
    );
  });

  it('answers 400 for a malformed province code and 401 without a session', async () => {
    expect((await request(context.app, nurse, 'GET', '/api/territory/communes?provinceCode=01151')).statusCode).toBe(
      400,
    );
    expect((await request(context.app, null, 'GET', '/api/territory/communes?provinceCode=01.151')).statusCode).toBe(
      401,
    );
  });
});

describe('GET /api/gsts', () => {
  it('lists only the actor’s GST: TTA, the pilot, operational since 2025-10-01', async () => {
    const response = await request(context.app, gstAdmin, 'GET', '/api/gsts');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      expect.objectContaining({
        id: tta.id,
        regionCode: '01',
        isPilot: true,
        status: 'operational',
        operationalSince: '2025-10-01',
      }),
    ]);
    expect((await request(context.app, nurse, 'GET', '/api/gsts')).json()).toHaveLength(1);
  });

  it('lists the twelve GSTs to a national admin, only TTA as the pilot', async () => {
    const gsts = (await request(context.app, nationalAdmin, 'GET', '/api/gsts')).json<
      { regionCode: string; isPilot: boolean; status: string }[]
    >();
    expect(gsts).toHaveLength(12);
    expect(gsts.filter((gst) => gst.isPilot).map((gst) => gst.regionCode)).toEqual(['01']);
    expect(gsts.find((gst) => gst.regionCode === '02')).toMatchObject({ status: 'planned', operationalSince: null });
  });

  it('answers 401 without a session', async () => {
    expect((await request(context.app, null, 'GET', '/api/gsts')).statusCode).toBe(401);
  });
});

describe('GET /api/gsts/:gstId/overview', () => {
  // Ouezzane: a province the other test files leave alone, so the counts below are exact.
  const ouezzane = '01.405';

  async function overview(session: TestSession) {
    const response = await request(context.app, session, 'GET', `/api/gsts/${tta.id}/overview`);
    expect(response.statusCode).toBe(200);
    return response.json<{
      gst: { id: string };
      region: { code: string; population2024: number };
      provinces: ProvinceRow[];
      totals: Omit<ProvinceRow, 'code'>;
      byType: { type: string; count: number }[];
    }>();
  }

  const provinceRow = (page: Awaited<ReturnType<typeof overview>>) => {
    const row = page.provinces.find((province) => province.code === ouezzane);
    if (!row) {
      throw new Error('Ouezzane is missing from the overview');
    }
    return row;
  };

  it('counts the active establishments of a province, sums their beds and relates them to the population', async () => {
    const before = provinceRow(await overview(gstAdmin));
    const db = context.handle.db;
    const place = { provinceCode: ouezzane, lon: -5.5833, lat: 34.7975 };
    await buildEstablishment(db, tta.id, place); // CSR-2, 6 beds
    await buildEstablishment(db, tta.id, {
      ...place,
      type: 'CSR-1',
      services: [{ specialtyCode: 'general_medicine', beds: 0 }],
    });
    await buildEstablishment(db, tta.id, {
      ...place,
      type: 'HP',
      level: 'secondary',
      services: [
        { specialtyCode: 'general_medicine', beds: 25 },
        { specialtyCode: 'maternal_health', beds: 15 },
      ],
    });
    await buildEstablishment(db, tta.id, {
      ...place,
      status: 'closed',
      closedOn: '2026-01-15',
      closureReason: 'Fermé pour travaux',
    });
    await buildEstablishment(db, tta.id, { ...place, status: 'planned' });
    const after = provinceRow(await overview(gstAdmin));
    expect(after.population2024).toBe(274_577);
    expect(after.establishments - before.establishments).toBe(3);
    expect(after.primaryCare - before.primaryCare).toBe(2);
    expect(after.hospitals - before.hospitals).toBe(1);
    expect(after.beds - before.beds).toBe(46);
    expect(after.establishmentsPer10k).toBe(per10k(after.establishments, 274_577));
    expect(after.primaryCarePer10k).toBe(per10k(after.primaryCare, 274_577));
    expect(after.bedsPer10k).toBe(per10k(after.beds, 274_577));
    expect(after.bedsPer10k).toBeGreaterThanOrEqual(1.67);
  });

  it('adds the provinces up into regional totals over the RGPH 2024 population', async () => {
    const page = await overview(nurse);
    expect(page.gst.id).toBe(tta.id);
    expect(page.region).toMatchObject({ code: '01', population2024: 4_030_222 });
    expect(page.provinces.map((province) => province.code).sort()).toEqual([
      '01.051',
      '01.151',
      '01.227',
      '01.331',
      '01.405',
      '01.511',
      '01.571',
      '01.573',
    ]);
    const sum = (key: 'establishments' | 'primaryCare' | 'hospitals' | 'beds') =>
      page.provinces.reduce((total, province) => total + province[key], 0);
    expect(page.totals).toMatchObject({
      population2024: 4_030_222,
      establishments: sum('establishments'),
      primaryCare: sum('primaryCare'),
      hospitals: sum('hospitals'),
      beds: sum('beds'),
    });
    expect(page.totals.bedsPer10k).toBe(per10k(page.totals.beds, 4_030_222));
    expect(page.totals.establishmentsPer10k).toBe(per10k(page.totals.establishments, 4_030_222));
    expect(page.byType.reduce((total, row) => total + row.count, 0)).toBe(page.totals.establishments);
    expect(page.byType.find((row) => row.type === 'HP')?.count).toBeGreaterThanOrEqual(1);
  });

  it('answers 404 for another GST (audited) and for an unknown one, but opens every GST to a national admin', async () => {
    const denied = await request(context.app, gstAdmin, 'GET', `/api/gsts/${oriental.id}/overview`);
    expect(denied.statusCode).toBe(404);
    expect(denied.json().error.code).toBe('not_found');
    const events = await request(
      context.app,
      nationalAdmin,
      'GET',
      `/api/audit-events?outcome=denied&actorUserId=${gstAdmin.userId}`,
    );
    expect(events.json().items[0]).toMatchObject({
      action: 'GET /api/gsts/:gstId/overview',
      entityId: `/api/gsts/${oriental.id}/overview`,
    });
    const unknown = await request(
      context.app,
      gstAdmin,
      'GET',
      '/api/gsts/00000000-0000-4000-8000-000000000000/overview',
    );
    expect(unknown.statusCode).toBe(404);
    const national = await request(context.app, nationalAdmin, 'GET', `/api/gsts/${oriental.id}/overview`);
    expect(national.statusCode).toBe(200);
    expect(national.json().region).toMatchObject({ code: '02', population2024: 2_294_665 });
  });

  it('answers 400 for an id that is not a uuid and 401 without a session', async () => {
    expect((await request(context.app, gstAdmin, 'GET', '/api/gsts/TTA/overview')).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', `/api/gsts/${tta.id}/overview`)).statusCode).toBe(401);
  });
});

describe('GET /api/geo/*', () => {
  it('serves the eight TTA province boundaries with their codes and Arabic names', async () => {
    const response = await request(context.app, nurse, 'GET', '/api/geo/provinces?regionCode=01');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, max-age=3600');
    const collection = response.json<{
      type: string;
      features: { properties: Record<string, unknown>; geometry: { type: string } }[];
    }>();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(8);
    for (const feature of collection.features) {
      expect(feature.properties).toMatchObject({
        hcp_code: expect.stringMatching(/^01\.\d{3}$/),
        name_ar: expect.any(String),
        region_code: '01',
      });
      expect(feature.properties).not.toHaveProperty('osm_name');
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    }
  });

  it('serves the twelve regions and the 146 TTA communes', async () => {
    expect((await request(context.app, nurse, 'GET', '/api/geo/regions')).json().features).toHaveLength(12);
    expect((await request(context.app, nurse, 'GET', '/api/geo/communes?regionCode=01')).json().features).toHaveLength(
      146,
    );
  });

  it('answers 400 for a malformed region code and 401 without a session', async () => {
    expect((await request(context.app, nurse, 'GET', '/api/geo/provinces?regionCode=north')).statusCode).toBe(400);
    expect((await request(context.app, nurse, 'GET', '/api/geo/provinces?region=01')).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', '/api/geo/provinces?regionCode=01')).statusCode).toBe(401);
    expect((await request(context.app, null, 'GET', '/api/geo/regions')).statusCode).toBe(401);
  });
});
