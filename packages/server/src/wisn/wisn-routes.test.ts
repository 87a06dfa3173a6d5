import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, searchAudit, type TestSession } from '../testing/test-app';
import { buildWisnWorld, testGpStandard, type WisnWorld } from './wisn-test-world';

let world: WisnWorld;
let hr: TestSession;

beforeAll(async () => {
  world = await buildWisnWorld();
  hr = await world.session('hr_officer', 'gst');
  const saved = await request(world.context.app, hr, 'PUT', '/api/wisn/standards', {
    gstId: world.gstId,
    standard: testGpStandard(1),
  });
  if (saved.statusCode !== 200) {
    throw new Error(saved.body);
  }
  const entered = await request(world.context.app, hr, 'PUT', '/api/wisn/workload', {
    gstId: world.gstId,
    establishmentId: world.centre,
    year: 2025,
    entries: [{ activityCode: 'school_health_visit', annualWorkload: 164 }],
  });
  if (entered.statusCode !== 200) {
    throw new Error(entered.body);
  }
}, 120_000);

afterAll(async () => {
  await world.context.close();
});

// 10 consultations ÷ 8,200 + 3 answers ÷ 3,280 + 164 school visits ÷ 3,280, times CAF 1 ÷ 0.95, plus IAF 0.2.
const serviceStaff = 10 / 8200 + 3 / 3280 + 164 / 3280;
const requiredStaff = serviceStaff / 0.95 + 0.2;

describe('GET /api/wisn/establishments/:id', () => {
  it('shows the calculation step by step with where each figure came from', async () => {
    const url = `/api/wisn/establishments/${world.centre}?cadre=general_practitioner&year=2025`;
    const response = await request(world.context.app, hr, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.annualisationFactor).toBe(1);
    expect(body.onDate).toBe('2025-12-31');
    expect(body.result.availableWorkingTime.availableWorkingHours).toBe(1640);
    expect(body.result.activities.map((a: { standardWorkload: number }) => a.standardWorkload)).toEqual([
      8200, 3280, 3280,
    ]);
    expect(body.result.serviceStaff).toBeCloseTo(serviceStaff, 9);
    expect(body.result.categoryAllowanceFactor).toBeCloseTo(1 / 0.95, 9);
    expect(body.result.individualAllowanceFactor).toBeCloseTo(0.2, 9);
    expect(body.result.requiredStaff).toBeCloseTo(requiredStaff, 9);
    expect(body.result.actualStaff).toBe(2.5);
    expect(body.result.ratio).toBeCloseTo(2.5 / requiredStaff, 9);
    expect(body.result.pressure).toBe('surplus');
    expect(body.sources).toEqual([
      { activityCode: 'curative_consultation', platform: 10, entered: null },
      { activityCode: 'teleexpertise_answer', platform: 3, entered: null },
      { activityCode: 'school_health_visit', platform: null, entered: 164 },
    ]);
  });

  it('answers a null result for a cadre with no standard in force', async () => {
    const url = `/api/wisn/establishments/${world.centre}?cadre=midwife&year=2025`;
    const response = await request(world.context.app, hr, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().result).toBeNull();
  });

  it('refuses a bad cadre (400), an anonymous caller (401), a physician (403) and another establishment (404)', async () => {
    const url = (cadre: string, id = world.centre) => `/api/wisn/establishments/${id}?cadre=${cadre}&year=2025`;
    expect((await request(world.context.app, hr, 'GET', url('surgeon'))).statusCode).toBe(400);
    expect((await request(world.context.app, null, 'GET', url('midwife'))).statusCode).toBe(401);
    const physician = await world.session('physician', 'establishment', world.centre);
    expect((await request(world.context.app, physician, 'GET', url('midwife'))).statusCode).toBe(403);
    const admin = await world.session('establishment_admin', 'establishment', world.other);
    expect((await request(world.context.app, admin, 'GET', url('midwife'))).statusCode).toBe(404);
    expect((await request(world.context.app, admin, 'GET', url('midwife', world.other))).statusCode).toBe(200);
  });
});

describe('GET /api/wisn', () => {
  it('computes the region with totals by establishment, cadre and province', async () => {
    const director = await world.session('gst_director', 'gst');
    const url = `/api/wisn?gstId=${world.gstId}&year=2025&establishmentType=CSR-2`;
    const response = await request(world.context.app, director, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    const row = body.rows.find((r: { establishmentId: string }) => r.establishmentId === world.centre);
    expect(row).toMatchObject({ cadre: 'general_practitioner', actualStaff: 2.5, pressure: 'surplus' });
    expect(row.requiredStaff).toBeCloseTo(requiredStaff, 9);
    const other = body.rows.find((r: { establishmentId: string }) => r.establishmentId === world.other);
    expect(other).toMatchObject({ actualStaff: 0.5, requiredStaff: 0.2, ratio: 2.5 });
    const province = body.totals.byProvince.find((p: { provinceCode: string }) => p.provinceCode === '01.405');
    expect(province.actualStaff).toBeGreaterThanOrEqual(0.5);
    // The nurse has no standard: listed, not hidden.
    expect(body.missingStandards).toContainEqual({
      establishmentId: world.centre,
      establishmentType: 'CSR-2',
      cadre: 'polyvalent_nurse',
      actualStaff: 1,
    });
  });

  it('narrows an establishment admin to their establishment and filters by province', async () => {
    const admin = await world.session('establishment_admin', 'establishment', world.centre);
    const response = await request(world.context.app, admin, 'GET', `/api/wisn?gstId=${world.gstId}&year=2025`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().establishments.map((e: { id: string }) => e.id)).toEqual([world.centre]);
    const filtered = await request(
      world.context.app,
      hr,
      'GET',
      `/api/wisn?gstId=${world.gstId}&year=2025&provinceCode=01.405`,
    );
    expect(filtered.json().rows.every((r: { establishmentId: string }) => r.establishmentId !== world.centre)).toBe(
      true,
    );
  });

  it('refuses a bad year (400), anonymous (401), a nurse (403) and a GST of no role (404)', async () => {
    expect((await request(world.context.app, hr, 'GET', `/api/wisn?gstId=${world.gstId}&year=1800`)).statusCode).toBe(
      400,
    );
    expect((await request(world.context.app, null, 'GET', `/api/wisn?gstId=${world.gstId}&year=2025`)).statusCode).toBe(
      401,
    );
    const nurse = await world.session('nurse', 'establishment', world.centre);
    expect(
      (await request(world.context.app, nurse, 'GET', `/api/wisn?gstId=${world.gstId}&year=2025`)).statusCode,
    ).toBe(403);
    const unknownGst = '00000000-0000-4000-8000-000000000000';
    expect((await request(world.context.app, hr, 'GET', `/api/wisn?gstId=${unknownGst}&year=2025`)).statusCode).toBe(
      404,
    );
  });
});

describe('PUT /api/wisn/standards', () => {
  it('saves the next version, audited, and refuses a stale one (409) with nothing written', async () => {
    const next = testGpStandard(2, { effectiveFrom: '2026-01-01' });
    const saved = await request(world.context.app, hr, 'PUT', '/api/wisn/standards', {
      gstId: world.gstId,
      standard: next,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ standard: { version: 2 }, createdByName: 'Test hr_officer' });
    const stale = await request(world.context.app, hr, 'PUT', '/api/wisn/standards', {
      gstId: world.gstId,
      standard: next,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.issues[0].path).toEqual(['standard', 'version']);
    const list = await request(world.context.app, hr, 'GET', `/api/wisn/standards?gstId=${world.gstId}`);
    expect(list.json().standards.map((s: { standard: { version: number } }) => s.standard.version)).toEqual([1, 2]);
    const admin = await world.session('gst_admin', 'gst');
    const audit = await searchAudit(world.context.app, admin, `action=wisn_standard.save&gstId=${world.gstId}`);
    expect(audit.items.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an invalid standard (400), anonymous (401), a director (403) and another GST (404)', async () => {
    const body = (standard: object, gstId = world.gstId) => ({ gstId, standard });
    const invalid = testGpStandard(3, {
      categoryAllowances: [{ kind: 'percent', code: 'all', label: 'All', percent: 100 }],
    });
    expect((await request(world.context.app, hr, 'PUT', '/api/wisn/standards', body(invalid))).statusCode).toBe(400);
    expect(
      (await request(world.context.app, null, 'PUT', '/api/wisn/standards', body(testGpStandard(3)))).statusCode,
    ).toBe(401);
    const director = await world.session('gst_director', 'gst');
    const refused = await request(world.context.app, director, 'PUT', '/api/wisn/standards', body(testGpStandard(3)));
    expect(refused.statusCode).toBe(403);
    const otherGst = await request(
      world.context.app,
      hr,
      'PUT',
      '/api/wisn/standards',
      body(testGpStandard(1), '00000000-0000-4000-8000-000000000000'),
    );
    expect(otherGst.statusCode).toBe(404);
  });
});

describe('GET and PUT /api/wisn/workload', () => {
  it('lets an establishment admin enter and remove figures of their establishment, audited', async () => {
    const admin = await world.session('establishment_admin', 'establishment', world.other);
    const put = (entries: object[]) =>
      request(world.context.app, admin, 'PUT', '/api/wisn/workload', {
        gstId: world.gstId,
        establishmentId: world.other,
        year: 2025,
        entries,
      });
    const first = await put([{ activityCode: 'school_health_visit', annualWorkload: 40 }]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().entered).toMatchObject([{ activityCode: 'school_health_visit', annualWorkload: 40 }]);
    const removed = await put([{ activityCode: 'school_health_visit', annualWorkload: null }]);
    expect(removed.json().entered).toEqual([]);
    const read = await request(
      world.context.app,
      hr,
      'GET',
      `/api/wisn/workload?gstId=${world.gstId}&year=2025&establishmentId=${world.centre}`,
    );
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().platform).toContainEqual({
      establishmentId: world.centre,
      activityCode: 'curative_consultation',
      annualWorkload: 10,
    });
    const gstAdmin = await world.session('gst_admin', 'gst');
    const audit = await searchAudit(world.context.app, gstAdmin, `action=wisn_workload.update&gstId=${world.gstId}`);
    expect(audit.items.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a negative figure (400), anonymous (401), an analyst (403) and another establishment (404)', async () => {
    const body = (establishmentId: string, annualWorkload: number) => ({
      gstId: world.gstId,
      establishmentId,
      year: 2025,
      entries: [{ activityCode: 'school_health_visit', annualWorkload }],
    });
    expect((await request(world.context.app, hr, 'PUT', '/api/wisn/workload', body(world.centre, -1))).statusCode).toBe(
      400,
    );
    expect(
      (await request(world.context.app, null, 'PUT', '/api/wisn/workload', body(world.centre, 1))).statusCode,
    ).toBe(401);
    const analyst = await world.session('analyst', 'gst');
    expect(
      (await request(world.context.app, analyst, 'PUT', '/api/wisn/workload', body(world.centre, 1))).statusCode,
    ).toBe(403);
    const admin = await world.session('establishment_admin', 'establishment', world.other);
    expect(
      (await request(world.context.app, admin, 'PUT', '/api/wisn/workload', body(world.centre, 1))).statusCode,
    ).toBe(404);
  });
});

describe('POST /api/wisn/what-if', () => {
  it('shows the totals before and after a standard edit and a staff move', async () => {
    const response = await request(world.context.app, hr, 'POST', '/api/wisn/what-if', {
      gstId: world.gstId,
      year: 2025,
      edits: [
        {
          kind: 'individual_allowance',
          establishmentType: 'CSR-2',
          cadre: 'general_practitioner',
          allowance: { code: 'head_of_centre', label: 'Head of the centre', hoursPerYear: 656, staffCount: 1 },
        },
        { kind: 'actual_staff', establishmentId: world.centre, cadre: 'general_practitioner', delta: -1 },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const change = response.json().changes.find((c: { establishmentId: string }) => c.establishmentId === world.centre);
    expect(change.before.requiredStaff).toBeCloseTo(requiredStaff, 9);
    expect(change.after.requiredStaff).toBeCloseTo(requiredStaff + 0.2, 9);
    expect(change.after.actualStaff).toBe(1.5);
  });

  it('refuses an empty edit list (400), anonymous (401), a secretary (403), an establishment out of scope (404) and a pair with no standard (422)', async () => {
    const post = (session: TestSession | null, edits: object[]) =>
      request(world.context.app, session, 'POST', '/api/wisn/what-if', { gstId: world.gstId, year: 2025, edits });
    const move = { kind: 'actual_staff', establishmentId: world.centre, cadre: 'general_practitioner', delta: 1 };
    expect((await post(hr, [])).statusCode).toBe(400);
    expect((await post(null, [move])).statusCode).toBe(401);
    const secretary = await world.session('secretary', 'establishment', world.centre);
    expect((await post(secretary, [move])).statusCode).toBe(403);
    const admin = await world.session('establishment_admin', 'establishment', world.other);
    expect((await post(admin, [move])).statusCode).toBe(404);
    const noStandard = {
      kind: 'available_working_time',
      establishmentType: 'CHU',
      cadre: 'midwife',
      set: { workingHoursPerDay: 7 },
    };
    expect((await post(hr, [noStandard])).statusCode).toBe(422);
  });
});
