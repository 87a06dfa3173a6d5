import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncentiveStatementDetail, IncentiveStatementPage, IncentiveStatementSummary } from '@tansiq/domain';
import { countAudit } from '../staff/staff-test-fixtures';
import { createTestContext, request, type TestContext } from '../testing/test-app';
import {
  buildConsultations,
  buildIncentiveWorld,
  buildPublishedShifts,
  buildTeleexpertiseAnswers,
  worldRuleSet,
  type IncentiveWorld,
  type TestSession,
} from './incentive-test-world';

let context: TestContext;
let world: IncentiveWorld;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildIncentiveWorld(context);
  const saved = await request(context.app, world.hr, 'PUT', '/api/incentive-rules', {
    gstId: world.tta.id,
    ruleSet: worldRuleSet(),
  });
  expect(saved.statusCode).toBe(200);
});

afterAll(async () => {
  await context.close();
});

/**
 * The doctor: a weekday and a weekend garde, three tele-expertise answers, three consultations (145,500 centimes); the
 * nurse: one garde. One answer is at 00:30 on the 1st in Morocco, 23:30 UTC the day before: it belongs to the month.
 */
async function buildMonth(month: string) {
  const { db, tta, hospital, centre, doctor, nurse, patient } = world;
  const rosterId = await buildPublishedShifts(
    db,
    { gstId: tta.id, establishmentId: hospital.id, staffMemberId: doctor.id, month },
    [
      { day: `${month}-04`, dayType: 'weekday' },
      { day: `${month}-09`, dayType: 'weekend' },
    ],
  );
  await buildPublishedShifts(db, { gstId: tta.id, establishmentId: centre.id, staffMemberId: nurse.id, month }, [
    { day: `${month}-05`, dayType: 'weekday' },
  ]);
  const target = { gstId: tta.id, establishmentId: hospital.id, userId: doctor.userId };
  const answers = await buildTeleexpertiseAnswers(db, target, [
    `${month}-01T00:30:00+01:00`,
    `${month}-10T09:00:00Z`,
    `${month}-11T09:00:00Z`,
  ]);
  const consultations = await buildConsultations(db, { ...target, patientId: patient.id }, [
    `${month}-12T09:00:00Z`,
    `${month}-13T09:00:00Z`,
    `${month}-14T09:00:00Z`,
  ]);
  return { rosterId, answers, consultations };
}

const compute = (session: TestSession | null, body: Record<string, unknown>) =>
  request(context.app, session, 'POST', '/api/incentive-statements/compute', { gstId: world.tta.id, ...body });
const list = (session: TestSession | null, query: string) =>
  request(context.app, session, 'GET', `/api/incentive-statements?gstId=${world.tta.id}&${query}`);
const detail = (session: TestSession | null, id: string) =>
  request(context.app, session, 'GET', `/api/incentive-statements/${id}`);
const validate = (session: TestSession | null, id: string, version: unknown) =>
  request(context.app, session, 'POST', `/api/incentive-statements/${id}/validate`, { version });

async function statementOf(month: string, staffMemberId: string): Promise<IncentiveStatementSummary> {
  const page: IncentiveStatementPage = (await list(world.hr, `month=${month}`)).json();
  const found = page.items.find((item) => item.staffMember.id === staffMemberId);
  if (!found) {
    throw new Error('No statement');
  }
  return found;
}

describe('POST /api/incentive-statements/compute', () => {
  it('computes the month from published shifts, care acts and encounters, traceably, audited', async () => {
    const { rosterId, answers, consultations } = await buildMonth('2030-02');
    const response = await compute(world.hr, { month: '2030-02' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ruleSetVersion: 1, computed: 2, kept: 0, removed: 0, activityCount: 9 });
    expect(response.json().totalCentimes).toBe(145_500 + 45_000);
    const statement = await statementOf('2030-02', world.doctor.id);
    const body = (await detail(world.hr, statement.id)).json<IncentiveStatementDetail>();
    expect(body.lines.map((line) => [line.ruleCode, line.items.length, line.totalCentimes])).toEqual([
      ['garde', 2, 112_500],
      ['teleexpertise', 3, 30_000],
      ['consultation', 3, 3_000],
    ]);
    expect(body.lines.reduce((sum, line) => sum + line.totalCentimes, 0)).toBe(body.totalCentimes);
    const paid = body.lines.flatMap((line) => line.items.map((item) => item.sourceId)).sort();
    expect(paid).toEqual([`${rosterId}/s0`, `${rosterId}/s1`, ...answers, ...consultations].sort());
    expect(body.lines[0]?.items[1]).toMatchObject({ multiplied: true, amountCentimes: 67_500 });
    expect(JSON.stringify(body)).not.toContain(world.patient.id);
    expect(await countAudit(context, 'incentive_statement.read', statement.id)).toBe(1);
  });

  it('recomputes in place (version + 1), cuts at the monthly cap, and computes one establishment', async () => {
    await buildMonth('2030-03');
    expect((await compute(world.hr, { month: '2030-03' })).statusCode).toBe(200);
    const first = await statementOf('2030-03', world.doctor.id);
    await buildPublishedShifts(
      world.db,
      { gstId: world.tta.id, establishmentId: world.hospital.id, staffMemberId: world.doctor.id, month: '2030-03' },
      [{ day: '2030-03-20', dayType: 'holiday' }],
    );
    expect((await compute(world.hr, { month: '2030-03' })).json()).toMatchObject({ computed: 2, removed: 0 });
    const again = (await detail(world.hr, first.id)).json<IncentiveStatementDetail>();
    expect(again).toMatchObject({ id: first.id, version: first.version + 1, grossCentimes: 213_000 });
    expect(again).toMatchObject({ totalCentimes: 150_000, monthlyCapCutCentimes: 63_000 });
    const centre = await compute(world.hr, { month: '2030-03', establishmentId: world.centre.id });
    expect(centre.json()).toMatchObject({ computed: 1, totalCentimes: 45_000 });
  });

  it('answers 422 without rules in force, 400, 401, 403 (establishment admin) and 404 (other GST)', async () => {
    expect((await compute(world.hr, { month: '2029-12' })).statusCode).toBe(422);
    expect((await compute(world.hr, { month: '2030-13' })).statusCode).toBe(400);
    expect((await compute(world.hr, { month: '2030-02', all: true })).statusCode).toBe(400);
    expect((await compute(null, { month: '2030-02' })).statusCode).toBe(401);
    expect((await compute(world.hospitalAdmin, { month: '2030-02' })).statusCode).toBe(403);
    const other = await request(context.app, world.orientalHr, 'POST', '/api/incentive-statements/compute', {
      gstId: world.tta.id,
      month: '2030-02',
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('recomputing after changes', () => {
  it('never pays again a shift a validated statement paid, and removes statements left without activity', async () => {
    const { db, tta, hospital, centre, doctor, nurse } = world;
    const rosterId = await buildPublishedShifts(
      db,
      { gstId: tta.id, establishmentId: hospital.id, staffMemberId: doctor.id, month: '2030-06' },
      [{ day: '2030-06-03', dayType: 'weekday' }],
    );
    const nurseRoster = await buildPublishedShifts(
      db,
      { gstId: tta.id, establishmentId: centre.id, staffMemberId: nurse.id, month: '2030-06' },
      [{ day: '2030-06-04', dayType: 'weekday' }],
    );
    await compute(world.hr, { month: '2030-06' });
    const doctors = await statementOf('2030-06', doctor.id);
    expect((await validate(world.hr, doctors.id, doctors.version)).statusCode).toBe(200);
    // The doctor's validated shift is handed to the nurse, and the nurse's own shift is emptied.
    await db.execute(sql`update roster_shifts set staff_member_id = ${nurse.id} where roster_id = ${rosterId}`);
    await db.execute(sql`update roster_shifts set staff_member_id = null where roster_id = ${nurseRoster}`);
    const again = await compute(world.hr, { month: '2030-06' });
    expect(again.json()).toMatchObject({ computed: 0, kept: 1, removed: 1, totalCentimes: 0 });
    const page: IncentiveStatementPage = (await list(world.hr, 'month=2030-06')).json();
    expect(page.items.map((item) => [item.staffMember.id, item.totalCentimes])).toEqual([[doctor.id, 45_000]]);
  });
});

describe('reading statements', () => {
  it('scopes the list and the detail: GST, establishment, one’s own', async () => {
    await buildMonth('2030-04');
    await compute(world.hr, { month: '2030-04' });
    const mine = await statementOf('2030-04', world.doctor.id);
    const nurses = await statementOf('2030-04', world.nurse.id);
    const hospitalPage: IncentiveStatementPage = (await list(world.hospitalAdmin, 'month=2030-04')).json();
    expect(hospitalPage.items.map((item) => item.id)).toEqual([mine.id]);
    expect(hospitalPage.totals).toMatchObject({ totalCentimes: 145_500, computed: 1 });
    const hrPage: IncentiveStatementPage = (await list(world.hr, 'month=2030-04&status=computed&pageSize=1')).json();
    expect(hrPage).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(hrPage.items).toHaveLength(1);
    expect((await detail(world.centreAdmin, mine.id)).statusCode).toBe(404);
    expect((await detail(world.physician, mine.id)).statusCode).toBe(200);
    expect((await detail(world.physician, nurses.id)).statusCode).toBe(404);
    const own = await request(
      context.app,
      world.physician,
      'GET',
      `/api/incentive-statements/mine?gstId=${world.tta.id}`,
    );
    expect(own.json<IncentiveStatementSummary[]>().map((item) => item.month)).toContain('2030-04');
  });

  it('answers 400, 401, 403 (physician on the list) and 404 (unknown, other GST)', async () => {
    expect((await list(world.hr, 'month=April')).statusCode).toBe(400);
    expect((await list(null, 'month=2030-04')).statusCode).toBe(401);
    expect((await list(world.physician, 'month=2030-04')).statusCode).toBe(403);
    expect((await list(world.orientalHr, 'month=2030-04')).statusCode).toBe(404);
    expect((await detail(world.hr, crypto.randomUUID())).statusCode).toBe(404);
    expect((await detail(world.hr, 'nope')).statusCode).toBe(400);
    const statement = await statementOf('2030-04', world.doctor.id);
    expect((await detail(world.orientalHr, statement.id)).statusCode).toBe(404);
    expect((await detail(null, statement.id)).statusCode).toBe(401);
  });
});

describe('validating and exporting', () => {
  it('validates the version read once (409 when stale or twice), keeps it on recompute, exports it', async () => {
    await buildMonth('2030-05');
    await compute(world.hr, { month: '2030-05' });
    const read = await statementOf('2030-05', world.doctor.id);
    await compute(world.hr, { month: '2030-05' });
    expect((await validate(world.hr, read.id, read.version)).statusCode).toBe(409);
    expect((await validate(world.physician, read.id, read.version + 1)).statusCode).toBe(403);
    const validated = await validate(world.hr, read.id, read.version + 1);
    expect(validated.statusCode).toBe(200);
    expect(validated.json()).toMatchObject({ status: 'validated', validatedByName: 'Test hr_officer' });
    expect((await validate(world.hr, read.id, read.version + 1)).statusCode).toBe(409);
    expect(await countAudit(context, 'incentive_statement.validate', read.id)).toBe(1);
    await buildTeleexpertiseAnswers(
      world.db,
      { gstId: world.tta.id, establishmentId: world.hospital.id, userId: world.doctor.userId },
      ['2030-05-20T10:00:00Z'],
    );
    expect((await compute(world.hr, { month: '2030-05' })).json()).toMatchObject({ computed: 1, kept: 1 });
    expect((await detail(world.hr, read.id)).json()).toMatchObject({ status: 'validated', totalCentimes: 145_500 });

    const csv = await request(
      context.app,
      world.finance,
      'GET',
      `/api/incentive-statements/export.csv?gstId=${world.tta.id}&month=2030-05`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, row, end] = csv.body.replace('\uFEFF', '').split('\r\n');
    expect(header).toContain('staff_id,cin,family_name,given_name,cadre');
    expect(row).toContain(`${world.doctor.staffNumber},`);
    expect(row?.endsWith(',2030-05,1125.00,0.00,300.00,0.00,0.00,30.00,1455.00')).toBe(true);
    expect(end).toBe('');
    expect((await detail(world.hr, read.id)).json()).toMatchObject({ status: 'exported' });
  });

  it('answers 400, 401, 403 and 404 on validate and export', async () => {
    const statement = await statementOf('2030-05', world.nurse.id);
    expect((await validate(world.hr, statement.id, 'one')).statusCode).toBe(400);
    expect((await validate(null, statement.id, 1)).statusCode).toBe(401);
    expect((await validate(world.centreAdmin, statement.id, statement.version)).statusCode).toBe(403);
    expect((await validate(world.orientalHr, statement.id, 1)).statusCode).toBe(404);
    const exportAs = (session: TestSession | null, month = '2030-05') =>
      request(context.app, session, 'GET', `/api/incentive-statements/export.csv?gstId=${world.tta.id}&month=${month}`);
    expect((await exportAs(world.hr, '2030-5')).statusCode).toBe(400);
    expect((await exportAs(null)).statusCode).toBe(401);
    expect((await exportAs(world.hospitalAdmin)).statusCode).toBe(403);
    expect((await exportAs(world.orientalHr)).statusCode).toBe(404);
  });
});
