import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterDetail } from '@tansiq/domain';
import { createTestContext, request, searchAudit, type TestContext, type TestSession } from '../testing/test-app';
import { buildRosterWorld, buildStaffLeave, lineInput, type RosterWorld } from './roster-test-fixtures';

let context: TestContext;
let world: RosterWorld;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildRosterWorld(context);
});

afterAll(async () => {
  await context.close();
});

async function createLine(establishmentIds: string[]): Promise<string> {
  const response = await request(
    context.app,
    world.gstHr,
    'POST',
    '/api/roster-lines',
    lineInput(world.tta.id, establishmentIds),
  );
  expect(response.statusCode).toBe(201);
  const line: { id: string } = response.json();
  return line.id;
}

const generate = (session: TestSession | null, lineIds: string[], month: string, version?: number) =>
  request(context.app, session, 'POST', '/api/rosters/generate', {
    gstId: world.tta.id,
    month,
    lineIds,
    ...(version ? { version } : {}),
  });

async function generated(lineIds: string[], month: string): Promise<RosterDetail> {
  const response = await generate(world.gstHr, lineIds, month);
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe('POST /api/rosters/generate', () => {
  it('rosters a month without gaps, keeping people on leave off their leave days, and audits it', async () => {
    const lineId = await createLine([world.hospitalA.id]);
    const onLeave = world.staffA[1]?.id ?? '';
    await buildStaffLeave(context.handle.db, world.tta.id, onLeave, '2031-01-10', '2031-01-20');
    const roster = await generated([lineId], '2031-01');
    expect(roster).toMatchObject({ status: 'draft', version: 1, month: '2031-01', gapCount: 0, violations: [] });
    expect(roster.shifts).toHaveLength(31);
    const leaveShifts = roster.shifts.filter((shift) => shift.day >= '2031-01-09' && shift.day <= '2031-01-20');
    expect(leaveShifts.filter((shift) => shift.staffId === onLeave)).toEqual([]);
    expect(roster.staff).toHaveLength(5);
    expect(roster.fairness.staff).toHaveLength(5);
    expect(roster.bound).not.toBeNull();
    const audit = await searchAudit(context.app, world.gstAdmin, `entityId=${roster.id}`);
    expect(audit.items.map((event) => event.action)).toContain('roster.generate');
  }, 60_000);

  it('regenerates a draft on the version read only (409 otherwise), and rosters a pooled line', async () => {
    const pooled = await createLine([world.hospitalA.id, world.hospitalB.id]);
    const roster = await generated([pooled], '2031-02');
    expect(roster.staff).toHaveLength(8);
    expect((await generate(world.gstHr, [pooled], '2031-02')).statusCode).toBe(409);
    const again = await generate(world.gstHr, [pooled], '2031-02', roster.version);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: roster.id, version: roster.version + 1 });
  }, 60_000);

  it('answers 400, 401, 403 (pooled line, establishment admin) and 404 (unknown line, other GST)', async () => {
    const pooled = await createLine([world.hospitalA.id, world.hospitalB.id]);
    expect((await generate(world.gstHr, [pooled], '2031-13')).statusCode).toBe(400);
    expect((await generate(null, [pooled], '2031-03')).statusCode).toBe(401);
    expect((await generate(world.adminA, [pooled], '2031-03')).statusCode).toBe(403);
    expect((await generate(world.gstHr, [crypto.randomUUID()], '2031-03')).statusCode).toBe(404);
    expect((await generate(world.orientalHr, [pooled], '2031-03')).statusCode).toBe(404);
  });
});

describe('PATCH /api/rosters/:id', () => {
  it('refuses an edit that breaks a rule (422 with the rule) and writes nothing; applies a valid one', async () => {
    const lineId = await createLine([world.hospitalA.id]);
    const onLeave = world.staffA[2]?.id ?? '';
    await buildStaffLeave(context.handle.db, world.tta.id, onLeave, '2031-04-14', '2031-04-16');
    const roster = await generated([lineId], '2031-04');
    const shift = roster.shifts.find((candidate) => candidate.day === '2031-04-15');
    expect(shift).toBeDefined();
    const url = `/api/rosters/${roster.id}`;
    const broken = await request(context.app, world.adminA, 'PATCH', url, {
      version: roster.version,
      changes: [{ shiftId: shift?.id, staffId: onLeave }],
    });
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.issues.map((issue: { code: string }) => issue.code)).toContain('unavailable');
    const unchanged = (await request(context.app, world.adminA, 'GET', url)).json();
    expect(unchanged.version).toBe(roster.version);
    expect(unchanged.shifts.find((entry: { id: string }) => entry.id === shift?.id).staffId).toBe(shift?.staffId);
    const emptied = await request(context.app, world.adminA, 'PATCH', url, {
      version: roster.version,
      changes: [{ shiftId: shift?.id, staffId: null }],
    });
    expect(emptied.statusCode).toBe(200);
    expect(emptied.json()).toMatchObject({ version: roster.version + 1, gapCount: 1 });
    expect(emptied.json().gaps[0]).toMatchObject({ shiftId: shift?.id, reason: 'fillable' });
    const stale = await request(context.app, world.adminA, 'PATCH', url, {
      version: roster.version,
      changes: [{ shiftId: shift?.id, staffId: null }],
    });
    expect(stale.statusCode).toBe(409);
  }, 60_000);

  it('answers 400, 401, 403 (a nurse) and 404 (another GST)', async () => {
    const lineId = await createLine([world.hospitalB.id]);
    const roster = await generated([lineId], '2031-05');
    const url = `/api/rosters/${roster.id}`;
    const body = { version: roster.version, changes: [{ shiftId: roster.shifts[0]?.id, staffId: null }] };
    expect((await request(context.app, world.gstHr, 'PATCH', url, { version: 1, changes: [] })).statusCode).toBe(400);
    expect((await request(context.app, null, 'PATCH', url, body)).statusCode).toBe(401);
    expect((await request(context.app, world.nurseA, 'PATCH', url, body)).statusCode).toBe(403);
    expect((await request(context.app, world.orientalHr, 'PATCH', url, body)).statusCode).toBe(404);
    expect((await request(context.app, world.orientalHr, 'GET', url)).statusCode).toBe(404);
  }, 60_000);
});

describe('publishing, printing and my shifts', () => {
  it('publishes once, then shows the shifts to the person, blocks regeneration and prints', async () => {
    const lineId = await createLine([world.hospitalA.id]);
    const roster = await generated([lineId], '2031-06');
    const url = `/api/rosters/${roster.id}`;
    const published = await request(context.app, world.gstHr, 'POST', `${url}/publish`, { version: roster.version });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', version: roster.version + 1 });
    expect((await request(context.app, world.gstHr, 'POST', `${url}/publish`, { version: 2 })).statusCode).toBe(409);
    expect((await generate(world.gstHr, [lineId], '2031-06', 2)).statusCode).toBe(409);
    const mine = await request(context.app, world.nurseA, 'GET', '/api/rosters/mine?month=2031-06');
    expect(mine.statusCode).toBe(200);
    const own = roster.shifts.filter((shift) => shift.staffId === world.staffA[0]?.id).map((shift) => shift.id);
    expect(mine.json().map((shift: { shiftId: string }) => shift.shiftId)).toEqual(own);
    const list = await request(context.app, world.nurseA, 'GET', `/api/rosters?gstId=${world.tta.id}&month=2031-06`);
    expect(list.json()).toEqual([expect.objectContaining({ id: roster.id, status: 'published' })]);
    const pdf = await request(context.app, world.nurseA, 'GET', `${url}/print?language=ar`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  }, 60_000);

  it('keeps a person’s published shifts off another roster of the same month', async () => {
    const first = await createLine([world.hospitalB.id]);
    const firstRoster = await generated([first], '2031-07');
    await request(context.app, world.gstHr, 'POST', `/api/rosters/${firstRoster.id}/publish`, { version: 1 });
    const second = await createLine([world.hospitalB.id]);
    const secondRoster = await generated([second], '2031-07');
    const busy = new Set(firstRoster.shifts.map((shift) => `${shift.day}|${shift.staffId}`));
    expect(secondRoster.shifts.filter((shift) => busy.has(`${shift.day}|${shift.staffId}`))).toEqual([]);
  }, 60_000);
});
