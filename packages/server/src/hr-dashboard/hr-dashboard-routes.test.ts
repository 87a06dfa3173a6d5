import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, moroccoDay, todayInMorocco, type HrDashboard } from '@tansiq/domain';
import { countAudit } from '../staff/staff-test-fixtures';
import { buildUser, gstOf, testPassword } from '../testing/factories';
import { login, request, type TestSession } from '../testing/test-app';
import { testGpStandard } from '../wisn/wisn-test-world';
import { buildHrDashboardWorld, type HrDashboardWorld } from './hr-dashboard-test-world';

let world: HrDashboardWorld;
let hr: TestSession;

beforeAll(async () => {
  world = await buildHrDashboardWorld();
  hr = await world.session('hr_officer', 'gst');
  // A GP standard for CSR-2 (B and O): with no 2026 workload, R = IAF 0.2, so both centres' GPs are a surplus.
  const saved = await request(world.context.app, hr, 'PUT', '/api/wisn/standards', {
    gstId: world.gstId,
    standard: testGpStandard(1),
  });
  if (saved.statusCode !== 200) {
    throw new Error(saved.body);
  }
}, 120_000);

afterAll(async () => {
  await world.context.close();
});

const read = async (session: TestSession | null, query: string) =>
  request(world.context.app, session, 'GET', `/api/hr-dashboard?gstId=${world.gstId}${query}`);

const readOk = async (session: TestSession, query: string): Promise<HrDashboard> => {
  const response = await read(session, query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

/** Calendar days from a submission instant's Morocco day to today. */
const ageDays = (instant: string) =>
  Math.round((Date.parse(todayInMorocco()) - Date.parse(moroccoDay(new Date(instant)))) / 86_400_000);

describe('GET /api/hr-dashboard for the GST’s HR officer', () => {
  let dashboard: HrDashboard;
  beforeAll(async () => {
    dashboard = await readOk(hr, '&month=2026-03');
  });

  it('counts on the last day of a past month, over the 12 months to its end', () => {
    expect(dashboard).toMatchObject({
      month: '2026-03',
      day: '2026-03-31',
      windowFrom: '2025-04-01',
      windowTo: '2026-03-31',
      scope: 'gst',
      provinceCode: null,
      benchmarks: { nationalDoctorsPer10k: 4.2, nationalParamedicalPer10k: 10.89, thresholdPer10k: 23 },
    });
  });

  it('counts each person once at their primary establishment, with densities per 10,000 by province', () => {
    const { headcount } = dashboard;
    // H 9 (3 doctors, 4 nurses and midwives, 5 paramedical), B 2 (1, 1, 1), O 3 (1, 2, 2).
    expect(headcount.totals).toMatchObject({ headcount: 14, doctors: 5, nursesAndMidwives: 7, paramedical: 8 });
    // TTA 4,030,222 inhabitants: 12 doctors, nurses and midwives → 0.03 per 10,000; 9,270 needed for 23.
    expect(headcount.totals.density).toEqual({
      population: 4_030_222,
      doctorsPer10k: 0.01,
      paramedicalPer10k: 0.02,
      densityPer10k: 0.03,
      meetsThreshold: false,
      shortfallToThreshold: 9_258,
    });
    expect(headcount.byProvince).toHaveLength(8);
    const province = (code: string) => headcount.byProvince.find((row) => row.provinceCode === code);
    // Chefchaouen 412,713: 4 doctors → 0.10; 6 paramedical → 0.15; 9 core → 0.22; 950 needed.
    expect(province('01.151')).toEqual({
      provinceCode: '01.151',
      headcount: 11,
      doctors: 4,
      nursesAndMidwives: 5,
      paramedical: 6,
      population: 412_713,
      doctorsPer10k: 0.1,
      paramedicalPer10k: 0.15,
      densityPer10k: 0.22,
      meetsThreshold: false,
      shortfallToThreshold: 941,
    });
    // Ouezzane 274,577: 1 doctor → 0.04; 2 paramedical → 0.07; 3 core → 0.11; 632 needed.
    expect(province('01.405')).toMatchObject({ headcount: 3, doctorsPer10k: 0.04, densityPer10k: 0.11 });
    expect(province('01.511')).toMatchObject({ headcount: 0, population: 1_494_413, shortfallToThreshold: 3_438 });
    expect(headcount.byCadre).toEqual([
      { cadre: 'administrative', headcount: 1 },
      { cadre: 'general_practitioner', headcount: 4 },
      { cadre: 'health_technician', headcount: 1 },
      { cadre: 'midwife', headcount: 2 },
      { cadre: 'polyvalent_nurse', headcount: 5 },
      { cadre: 'specialist', headcount: 1 },
    ]);
    expect(headcount.byCadreAndProvince).toContainEqual({
      cadre: 'general_practitioner',
      provinceCode: '01.151',
      headcount: 3,
    });
    expect(headcount.byEstablishment.find((row) => row.establishmentId === world.ouezzane)).toEqual({
      establishmentId: world.ouezzane,
      headcount: 3,
      doctors: 1,
      nursesAndMidwives: 2,
      paramedical: 2,
    });
  });

  it('sums vacancies per establishment line by line', () => {
    const { vacancies } = dashboard;
    const row = (id: string) => vacancies.byEstablishment.find((item) => item.establishmentId === id);
    // H: GPs 2 of 4 (2 vacant), nurses 3 of 2 (+1), specialist, midwife, technician, agent unbudgeted (+4).
    expect(row(world.hospital)).toEqual({
      establishmentId: world.hospital,
      budgeted: 6,
      filled: 9,
      vacant: 2,
      overStaffed: 5,
      vacancyRate: 0.3333,
    });
    // B: midwives 1 of 3, GP unbudgeted. O: GPs 1.5 of 2 (B's GP at 50 %), 2 nurses unbudgeted.
    expect(row(world.centre)).toMatchObject({ budgeted: 3, filled: 2, vacant: 2, overStaffed: 1, vacancyRate: 0.6667 });
    expect(row(world.ouezzane)).toMatchObject({
      budgeted: 2,
      filled: 3.5,
      vacant: 0.5,
      overStaffed: 2,
      vacancyRate: 0.25,
    });
    expect(vacancies.totals).toEqual({ budgeted: 11, filled: 14.5, vacant: 4.5, overStaffed: 8 });
    expect(vacancies.byEstablishment.at(-1)?.establishmentId).toBe(world.ouezzane);
  });

  it('counts WISN rows per pressure band', () => {
    expect(dashboard.wisn).toMatchObject({ year: 2026, rowCount: 2, establishmentsInShortage: 0 });
    expect(dashboard.wisn.bands.find((band) => band.pressure === 'surplus')?.count).toBe(2);
    expect(dashboard.wisn.missingStandards).toBeGreaterThan(0);
  });

  it('draws approved and pending mobility flows of the window, not rejected, withdrawn or older ones', () => {
    expect(dashboard.mobility.totals).toEqual({ approved: 1, pending: 2 });
    expect(dashboard.mobility.flows).toEqual([
      { originId: world.hospital, destinationId: world.ouezzane, approved: 1, pending: 1 },
      { originId: world.centre, destinationId: world.hospital, approved: 0, pending: 1 },
    ]);
    const named = dashboard.establishments.map((establishment) => establishment.id).sort();
    expect(named).toEqual([world.hospital, world.centre, world.ouezzane].sort());
  });

  it('lists on-call lines of the month with their gaps, and lines not rostered yet', () => {
    expect(dashboard.onCall.totals).toEqual({ lines: 3, shifts: 5, gaps: 2, linesWithoutRoster: 1 });
    expect(dashboard.onCall.lines[0]).toMatchObject({
      lineId: world.lines.hospitalGarde,
      kind: 'garde',
      rosterStatus: 'draft',
      shifts: 3,
      gaps: 2,
      gapDays: ['2026-03-02', '2026-03-05'],
    });
    expect(dashboard.onCall.lines.find((line) => line.lineId === world.lines.centreGarde)).toMatchObject({
      rosterId: null,
      rosterStatus: null,
      shifts: 0,
      gaps: 0,
      gapDays: [],
    });
  });

  it('measures the time to decision per type and month, and ages the requests still waiting', () => {
    const { timeToDecision } = dashboard;
    expect(timeToDecision.byType).toEqual([
      {
        type: 'mobility',
        decided: 2,
        approved: 1,
        rejected: 1,
        undecided: 2,
        // 48 h (2 working days) and 96 h (4).
        medianHours: 72,
        p90Hours: 91.2,
        medianWorkingDays: 3,
        p90WorkingDays: 3.8,
      },
      {
        type: 'purchase',
        decided: 1,
        approved: 1,
        rejected: 0,
        undecided: 0,
        medianHours: 4,
        p90Hours: 4,
        medianWorkingDays: 0,
        p90WorkingDays: 0,
      },
    ]);
    expect(timeToDecision.byMonth.map((row) => [row.month, row.decided, row.medianHours])).toEqual([
      ['2026-01', 1, 96],
      ['2026-03', 2, 26],
    ]);
    expect(timeToDecision.pending.map((item) => [item.requestId, item.status, item.ageDays])).toEqual([
      [world.requests.returned, 'returned', ageDays('2026-02-10T10:00:00Z')],
      [world.requests.missionPending, 'pending', ageDays('2026-03-20T10:00:00Z')],
    ]);
  });

  it('never names a person', () => {
    expect(JSON.stringify(dashboard)).not.toMatch(/Salma|Test[a-j]{5}/);
  });
});

describe('GET /api/hr-dashboard scopes and errors', () => {
  it('gives the director the same GST figures, audited per read', async () => {
    const director = await world.session('gst_director', 'gst');
    const before = await countAudit(world.context, 'hr_dashboard.read', null);
    const dashboard = await readOk(director, '&month=2026-03');
    expect(dashboard.scope).toBe('gst');
    expect(dashboard.headcount.totals.headcount).toBe(14);
    expect(await countAudit(world.context, 'hr_dashboard.read', null)).toBe(before + 1);
  });

  it('narrows to one province, with its density and the flows that touch it', async () => {
    const dashboard = await readOk(hr, '&month=2026-03&provinceCode=01.405');
    expect(dashboard.provinceCode).toBe('01.405');
    expect(dashboard.headcount.byProvince.map((row) => row.provinceCode)).toEqual(['01.405']);
    expect(dashboard.provinces).toHaveLength(8);
    expect(dashboard.headcount.totals).toMatchObject({ headcount: 3, density: { population: 274_577 } });
    expect(dashboard.mobility.flows).toEqual([
      { originId: world.hospital, destinationId: world.ouezzane, approved: 1, pending: 1 },
    ]);
    expect(dashboard.onCall.lines.map((line) => line.lineId)).toEqual([world.lines.pooledAstreinte]);
    expect(dashboard.vacancies.byEstablishment.map((row) => row.establishmentId)).toEqual([world.ouezzane]);
  });

  it('shows an establishment admin their establishment only, without province densities', async () => {
    const admin = await world.session('establishment_admin', 'establishment', { establishmentId: world.centre });
    const dashboard = await readOk(admin, '&month=2026-03');
    expect(dashboard.scope).toBe('establishment');
    expect(dashboard.headcount.byProvince).toEqual([]);
    expect(dashboard.headcount.totals).toEqual({
      headcount: 2,
      doctors: 1,
      nursesAndMidwives: 1,
      paramedical: 1,
      density: null,
    });
    expect(dashboard.vacancies.byEstablishment.map((row) => row.establishmentId)).toEqual([world.centre]);
    expect(dashboard.mobility.flows).toEqual([
      { originId: world.centre, destinationId: world.hospital, approved: 0, pending: 1 },
    ]);
    expect(dashboard.onCall.lines.map((line) => line.lineId)).toEqual([world.lines.centreGarde]);
    expect(dashboard.timeToDecision.pending.map((item) => item.requestId)).toEqual([world.requests.returned]);
    expect(dashboard.wisn).toMatchObject({ rowCount: 1 });
    // Their own province filters nothing out; another province is out of their scope.
    expect((await readOk(admin, '&month=2026-03&provinceCode=01.151')).headcount.totals.headcount).toBe(2);
    expect((await read(admin, '&month=2026-03&provinceCode=01.405')).statusCode).toBe(404);
  });

  it('defaults to the current month, counted today', async () => {
    const dashboard = await readOk(hr, '');
    expect(dashboard.month).toBe(todayInMorocco().slice(0, 7));
    expect(dashboard.day).toBe(todayInMorocco());
    expect(dashboard.windowTo >= todayInMorocco()).toBe(true);
    expect(dashboard.windowFrom).toBe(`${addDays(`${dashboard.month}-01`, -334).slice(0, 7)}-01`);
  });

  it.each([
    ['a month out of range', '&month=2026-13'],
    ['a month without its year', '&month=03'],
    ['an unknown field', '&month=2026-03&sort=asc'],
    ['a malformed province', '&provinceCode=Tetouan'],
  ])('answers 400 for %s', async (_, query) => {
    const response = await read(hr, query);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('answers 401 without a session', async () => {
    expect((await read(null, '&month=2026-03')).statusCode).toBe(401);
  });

  it('answers 403 to a clinician of the GST', async () => {
    const physician = await world.session('physician', 'establishment', { establishmentId: world.hospital });
    const response = await read(physician, '&month=2026-03');
    expect(response.statusCode).toBe(403);
  });

  it('answers 404 for a province outside the GST or unknown, and for another GST', async () => {
    expect((await read(hr, '&month=2026-03&provinceCode=02.411')).statusCode).toBe(404);
    expect((await read(hr, '&month=2026-03&provinceCode=01.999')).statusCode).toBe(404);
    const oriental = await gstOf(world.db, '02');
    const orientalHr = await buildUser(world.db, 'hr_officer', { scopeLevel: 'gst', gstId: oriental.id });
    expect((await read(await login(world.context.app, orientalHr.username, testPassword), '')).statusCode).toBe(404);
    const analyst = await world.session('analyst', 'province', { provinceCode: '01.405' });
    expect((await read(analyst, '&month=2026-03&provinceCode=01.151')).statusCode).toBe(404);
    expect((await readOk(analyst, '&month=2026-03')).headcount.totals.headcount).toBe(3);
  });
});
