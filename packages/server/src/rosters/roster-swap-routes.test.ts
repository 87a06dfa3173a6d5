import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, testPassword } from '../testing/factories';
import {
  createTestContext,
  login,
  request,
  searchAudit,
  type TestContext,
  type TestSession,
} from '../testing/test-app';
import { buildRosterWorld, type RosterWorld } from './roster-test-fixtures';

let context: TestContext;
let world: RosterWorld;
/** The colleague (staffA[1]) with her own account, and a nurse of hospital A who is neither party nor manager. */
let colleague: TestSession;
let unrelatedNurse: TestSession;
const holderId = () => world.staffA[0]?.id ?? '';
const colleagueId = () => world.staffA[1]?.id ?? '';

beforeAll(async () => {
  context = await createTestContext();
  world = await buildRosterWorld(context);
  const db = context.handle.db;
  const scope = { scopeLevel: 'establishment', gstId: world.tta.id, establishmentId: world.hospitalA.id } as const;
  const colleagueUser = await buildUser(db, 'physician', scope);
  await db.execute(sql`update staff_members set user_id = ${colleagueUser.id} where id = ${colleagueId()}`);
  colleague = await login(context.app, colleagueUser.username, testPassword);
  const nurse = await buildUser(db, 'nurse', scope);
  unrelatedNurse = await login(context.app, nurse.username, testPassword);
}, 60_000);

afterAll(async () => {
  await context.close();
});

/**
 * A roster of a month on a night garde line of hospital A (17:00 → 07:00 UTC, 24 h of rest owed after), with the
 * given holders by day; shift ids are `s<index>`.
 */
async function insertRoster(month: string, holders: [day: string, staffId: string | null][], status = 'published') {
  const db = context.handle.db;
  const lineId = randomUUID();
  const rosterId = randomUUID();
  await db.execute(sql`insert into roster_lines (gst_id, id, name, kind, establishment_ids, shift_pattern)
    values (${world.tta.id}, ${lineId}, ${`Garde urgences ${month}`}, 'garde', ${`{${world.hospitalA.id}}`}::uuid[],
      '{}'::jsonb)`);
  await db.execute(sql`insert into rosters (gst_id, id, month, line_ids, line_key, status)
    values (${world.tta.id}, ${rosterId}, ${month}, ${`{${lineId}}`}::uuid[], ${lineId}, ${status})`);
  for (const [index, [day, staffId]] of holders.entries()) {
    await db.execute(sql`insert into roster_shifts (gst_id, roster_id, shift_id, line_id, day, day_type, starts_at,
        ends_at, staff_member_id)
      values (${world.tta.id}, ${rosterId}, ${`s${index}`}, ${lineId}, ${day}, 'weekday', ${`${day}T17:00:00Z`},
        ${`${day}T07:00:00Z`}::timestamptz + interval '1 day', ${staffId})`);
  }
  return rosterId;
}

const swapInput = (rosterId: string, subject: Record<string, unknown> = {}) => ({
  type: 'roster_swap',
  originEstablishmentId: world.hospitalA.id,
  subject: {
    rosterId,
    shiftId: 's0',
    fromStaffMemberId: holderId(),
    toStaffMemberId: colleagueId(),
    counterShiftId: null,
    reason: 'Mariage de ma sœur',
    ...subject,
  },
});

const raise = (session: TestSession | null, body: object) =>
  request(context.app, session, 'POST', '/api/approval-requests', body);
const act = (session: TestSession | null, id: string, action: string, body: object) =>
  request(context.app, session, 'POST', `/api/approval-requests/${id}/${action}`, body);
const mine = async (session: TestSession, month: string) =>
  (await request(context.app, session, 'GET', `/api/rosters/mine?month=${month}`))
    .json<{ shiftId: string }[]>()
    .map((shift) => shift.shiftId);
const optionsUrl = (rosterId: string, shiftId = 's0') => `/api/rosters/${rosterId}/shifts/${shiftId}/swap-options`;

describe('GET /api/rosters/:id/shifts/:shiftId/swap-options', () => {
  it('offers the holder the colleagues who could take the shift, and their shifts to exchange', async () => {
    const rosterId = await insertRoster('2031-02', [
      ['2031-02-03', holderId()],
      ['2031-02-04', colleagueId()],
      ['2031-02-12', colleagueId()],
    ]);
    const response = await request(context.app, world.nurseA, 'GET', optionsUrl(rosterId));
    expect(response.statusCode).toBe(200);
    const options = response.json<{
      originEstablishmentId: string;
      holder: { staffId: string };
      colleagues: { staffId: string; replacement: boolean; exchangeShifts: { shiftId: string }[] }[];
    }>();
    expect(options).toMatchObject({ originEstablishmentId: world.hospitalA.id, holder: { staffId: holderId() } });
    // The colleague's garde of the 4th follows the 3rd too soon: she may only take the 3rd in exchange for the 4th.
    const offered = options.colleagues.find((option) => option.staffId === colleagueId());
    expect(offered).toMatchObject({ replacement: false });
    expect(offered?.exchangeShifts.map((shift) => shift.shiftId)).toEqual(['s1']);
    expect(options.colleagues.filter((option) => option.replacement)).toHaveLength(3);
    expect(JSON.stringify(options)).not.toContain('cin');
  });

  it('answers 401, 403 (neither holder nor manager), 404 (other GST, unknown shift), 200 for the GST HR', async () => {
    const rosterId = await insertRoster('2031-03', [['2031-03-03', holderId()]]);
    expect((await request(context.app, null, 'GET', optionsUrl(rosterId))).statusCode).toBe(401);
    expect((await request(context.app, unrelatedNurse, 'GET', optionsUrl(rosterId))).statusCode).toBe(403);
    expect((await request(context.app, colleague, 'GET', optionsUrl(rosterId))).statusCode).toBe(403);
    expect((await request(context.app, world.orientalHr, 'GET', optionsUrl(rosterId))).statusCode).toBe(404);
    expect((await request(context.app, world.gstHr, 'GET', optionsUrl(rosterId, 'nope'))).statusCode).toBe(404);
    expect((await request(context.app, world.gstHr, 'GET', optionsUrl(rosterId))).statusCode).toBe(200);
  });
});

describe('raising a swap', () => {
  it('lets the holder raise an exchange (201); approved by the origin’s administrator, both people’s shifts change', async () => {
    const rosterId = await insertRoster('2031-04', [
      ['2031-04-03', holderId()],
      ['2031-04-10', colleagueId()],
    ]);
    const raised = await raise(world.nurseA, swapInput(rosterId, { counterShiftId: 's1' }));
    expect(raised.statusCode).toBe(201);
    const { id, version, steps } = raised.json<{ id: string; version: number; steps: unknown[] }>();
    expect(steps).toMatchObject([{ approver: { role: 'establishment_admin', scope: 'origin_establishment' } }]);
    expect((await request(context.app, colleague, 'GET', `/api/approval-requests/${id}`)).statusCode).toBe(200);
    const toDecide = await request(context.app, world.adminA, 'GET', '/api/approval-requests?view=to_decide');
    expect(toDecide.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toContain(id);
    const view = await request(context.app, world.adminA, 'GET', `/api/approval-requests/${id}/roster-swap`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      shift: { shiftId: 's0', day: '2031-04-03', lineName: 'Garde urgences 2031-04' },
      holder: { staffId: holderId() },
      colleague: { staffId: colleagueId(), cadre: 'general_practitioner' },
      counterShift: { shiftId: 's1', day: '2031-04-10' },
      brokenRules: [],
    });

    const approved = await act(world.adminA, id, 'approve', { version });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', outcome: { rosterId, rosterVersion: 2 } });
    const letter = await request(context.app, colleague, 'GET', `/api/approval-requests/${id}/letter?language=fr`);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(await mine(world.nurseA, '2031-04')).toEqual(['s1']);
    expect(await mine(colleague, '2031-04')).toEqual(['s0']);
    const roster = await request(context.app, world.gstHr, 'GET', `/api/rosters/${rosterId}`);
    expect(roster.json()).toMatchObject({ version: 2 });
    const audit = await searchAudit(context.app, world.gstAdmin, `action=roster.edit&entityId=${rosterId}`);
    expect(audit.items).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ sourceRequestId: id }) }),
    ]);
  });

  it('lets the colleague raise a replacement (201), which the holder then sees', async () => {
    const rosterId = await insertRoster('2031-05', [['2031-05-05', holderId()]]);
    const raised = await raise(colleague, swapInput(rosterId));
    expect(raised.statusCode).toBe(201);
    const { id } = raised.json<{ id: string }>();
    expect((await request(context.app, world.nurseA, 'GET', `/api/approval-requests/${id}`)).statusCode).toBe(200);
  });

  it('answers 400 (bad subject), 401, 403 (unrelated nurse), 404 (other GST)', async () => {
    const rosterId = await insertRoster('2031-06', [['2031-06-02', holderId()]]);
    const invalid = await raise(world.nurseA, swapInput(rosterId, { toStaffMemberId: holderId() }));
    expect(invalid.statusCode).toBe(400);
    expect(JSON.stringify(invalid.json())).toContain('toStaffMemberId');
    expect((await raise(world.nurseA, { ...swapInput(rosterId), extra: 1 })).statusCode).toBe(400);
    expect((await raise(null, swapInput(rosterId))).statusCode).toBe(401);
    expect((await raise(unrelatedNurse, swapInput(rosterId))).statusCode).toBe(403);
    expect((await raise(world.orientalHr, swapInput(rosterId))).statusCode).toBe(404);
    expect((await raise(world.nurseA, swapInput(randomUUID()))).statusCode).toBe(404);
  });

  it('answers 422 with the rule when the colleague may not take the shift, or the roster is a draft', async () => {
    const rosterId = await insertRoster('2031-07', [
      ['2031-07-07', holderId()],
      ['2031-07-08', colleagueId()],
    ]);
    const rest = await raise(world.nurseA, swapInput(rosterId));
    expect(rest.statusCode).toBe(422);
    expect(rest.json().error.issues.map((issue: { code: string }) => issue.code)).toEqual(['rest']);
    const otherHospital = await raise(world.nurseA, swapInput(rosterId, { toStaffMemberId: world.staffB[0]?.id }));
    expect(otherHospital.statusCode).toBe(422);
    expect(otherHospital.json().error.issues.map((issue: { code: string }) => issue.code)).toEqual(['unknown_staff']);
    const draft = await insertRoster('2031-08', [['2031-08-04', holderId()]], 'draft');
    expect((await raise(world.nurseA, swapInput(draft))).statusCode).toBe(422);
  });
});

describe('deciding a swap', () => {
  it('refuses the approval with 422 and writes nothing when the roster changed so that the swap breaks a rule', async () => {
    const rosterId = await insertRoster('2031-09', [
      ['2031-09-08', holderId()],
      ['2031-09-09', null],
    ]);
    const { id, version } = (await raise(world.nurseA, swapInput(rosterId))).json<{ id: string; version: number }>();
    const edited = await request(context.app, world.gstHr, 'PATCH', `/api/rosters/${rosterId}`, {
      version: 1,
      changes: [{ shiftId: 's1', staffId: colleagueId() }],
    });
    expect(edited.statusCode).toBe(200);
    const view = await request(context.app, world.adminA, 'GET', `/api/approval-requests/${id}/roster-swap`);
    expect(view.json().brokenRules.map((rule: { code: string }) => rule.code)).toEqual(['rest']);
    const refused = await act(world.adminA, id, 'approve', { version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.issues.map((issue: { code: string }) => issue.code)).toEqual(['rest']);
    const request_ = await request(context.app, world.adminA, 'GET', `/api/approval-requests/${id}`);
    expect(request_.json()).toMatchObject({ status: 'pending', version });
    const roster = (await request(context.app, world.gstHr, 'GET', `/api/rosters/${rosterId}`)).json();
    expect(roster.version).toBe(2);
    expect(roster.shifts.find((shift: { id: string }) => shift.id === 's0').staffId).toBe(holderId());
  });

  it('cannot approve a withdrawn request (409)', async () => {
    const rosterId = await insertRoster('2031-10', [['2031-10-06', holderId()]]);
    const { id, version } = (await raise(world.nurseA, swapInput(rosterId))).json<{ id: string; version: number }>();
    const withdrawn = await act(world.nurseA, id, 'withdraw', { version });
    expect(withdrawn.statusCode).toBe(200);
    const approved = await act(world.adminA, id, 'approve', { version: version + 1 });
    expect(approved.statusCode).toBe(409);
    expect(await mine(colleague, '2031-10')).toEqual([]);
  });
});
