import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, request, type TestContext } from '../testing/test-app';
import { buildStaffWorld, countAudit, newMember, type StaffWorld } from './staff-test-fixtures';

let context: TestContext;
let world: StaffWorld;
let memberId: string;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildStaffWorld(context);
  const created = await request(context.app, world.hr, 'POST', '/api/staff', {
    gstId: world.tta.id,
    member: newMember(),
    primaryAssignment: { establishmentId: world.hospital.id, timeShare: 60, validFrom: '2020-01-01' },
  });
  memberId = created.json().member.id;
});

afterAll(async () => {
  await context.close();
});

const additional = (overrides: Record<string, unknown> = {}) => ({
  establishmentId: world.healthCentre.id,
  kind: 'additional',
  timeShare: 40,
  validFrom: '2026-01-01',
  ...overrides,
});

describe('POST /api/staff/:id/assignments', () => {
  it('adds an additional assignment up to 100 % and audits it', async () => {
    const response = await request(context.app, world.hr, 'POST', `/api/staff/${memberId}/assignments`, additional());
    expect(response.statusCode).toBe(201);
    expect(response.json().assignments).toHaveLength(2);
    expect(await countAudit(context, 'staff_assignment.create', memberId)).toBe(1);
  });

  it('answers 422 with the rule broken past 100 % or in a closed establishment, writing nothing', async () => {
    const over = await request(
      context.app,
      world.hr,
      'POST',
      `/api/staff/${memberId}/assignments`,
      additional({ timeShare: 10, validFrom: '2026-02-01' }),
    );
    expect(over.statusCode).toBe(422);
    expect(over.json().error.details.rule).toBe('time_share_exceeded');
    expect(over.json().error.issues[0]).toMatchObject({ path: ['timeShare'], code: 'time_share_exceeded' });
    const closed = await request(
      context.app,
      world.hr,
      'POST',
      `/api/staff/${memberId}/assignments`,
      additional({ establishmentId: world.closed.id, timeShare: 1, validFrom: '2019-01-01', validTo: '2019-02-01' }),
    );
    expect(closed.statusCode).toBe(422);
    const detail = (await request(context.app, world.hr, 'GET', `/api/staff/${memberId}`)).json();
    expect(detail.assignments).toHaveLength(2);
  });

  it('answers 400, 401, 403 for an establishment admin and 404 in another GST', async () => {
    const url = `/api/staff/${memberId}/assignments`;
    expect((await request(context.app, world.hr, 'POST', url, additional({ timeShare: 150 }))).statusCode).toBe(400);
    expect((await request(context.app, null, 'POST', url, additional())).statusCode).toBe(401);
    expect((await request(context.app, world.hospitalAdmin, 'POST', url, additional())).statusCode).toBe(403);
    expect((await request(context.app, world.orientalHr, 'POST', url, additional())).statusCode).toBe(404);
  });
});

describe('POST /api/staff/:id/assignments/:assignmentId/end', () => {
  it('ends an assignment on a day, then refuses to end it again later (409)', async () => {
    const detail = (await request(context.app, world.hr, 'GET', `/api/staff/${memberId}`)).json();
    const extra = detail.assignments.find((item: { kind: string }) => item.kind === 'additional');
    const url = `/api/staff/${memberId}/assignments/${extra.id}/end`;
    expect((await request(context.app, world.hospitalAdmin, 'POST', url, { validTo: '2026-06-30' })).statusCode).toBe(
      403,
    );
    const ended = await request(context.app, world.hr, 'POST', url, { validTo: '2026-06-30' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().assignments.find((item: { id: string }) => item.id === extra.id).validTo).toBe('2026-06-30');
    expect((await request(context.app, world.hr, 'POST', url, { validTo: '2026-07-30' })).statusCode).toBe(409);
    expect((await request(context.app, world.hr, 'POST', url, { validTo: 'soon' })).statusCode).toBe(400);
  });

  it('answers 422 when ending the primary would leave an additional assignment alone, 404 for an unknown one', async () => {
    const detail = (await request(context.app, world.hr, 'GET', `/api/staff/${memberId}`)).json();
    const primary = detail.assignments.find((item: { kind: string }) => item.kind === 'primary');
    const early = await request(context.app, world.hr, 'POST', `/api/staff/${memberId}/assignments/${primary.id}/end`, {
      validTo: '2026-03-31',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details.rule).toBe('primary_missing');
    const unknown = await request(
      context.app,
      world.hr,
      'POST',
      `/api/staff/${memberId}/assignments/${world.tta.id}/end`,
      { validTo: '2026-03-31' },
    );
    expect(unknown.statusCode).toBe(404);
    expect(
      (
        await request(context.app, null, 'POST', `/api/staff/${memberId}/assignments/${primary.id}/end`, {
          validTo: '2026-03-31',
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('leave', () => {
  it('records a leave, refuses an overlapping one (422) and cancels it once (409 after)', async () => {
    const url = `/api/staff/${memberId}/leaves`;
    const leave = await request(context.app, world.hr, 'POST', url, {
      kind: 'annual',
      startsOn: '2026-08-01',
      endsOn: '2026-08-20',
    });
    expect(leave.statusCode).toBe(201);
    const stored = leave.json().leaves[0];
    expect(stored).toMatchObject({ kind: 'annual', cancelledAt: null });
    const overlap = await request(context.app, world.hr, 'POST', url, {
      kind: 'sick',
      startsOn: '2026-08-15',
      endsOn: '2026-08-25',
    });
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json().error.details.rule).toBe('leave_overlap');
    const cancelUrl = `${url}/${stored.id}/cancel`;
    expect((await request(context.app, world.centrePhysician, 'POST', cancelUrl)).statusCode).toBe(403);
    const cancelled = await request(context.app, world.hr, 'POST', cancelUrl);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().leaves[0].cancelledAt).not.toBeNull();
    expect((await request(context.app, world.hr, 'POST', cancelUrl)).statusCode).toBe(409);
    expect(await countAudit(context, 'staff_leave.cancel', memberId)).toBe(1);
  });

  it('answers 400, 401, 403 for a clinician and 404 in another GST', async () => {
    const url = `/api/staff/${memberId}/leaves`;
    const body = { kind: 'training', startsOn: '2026-10-01', endsOn: '2026-10-03' };
    expect((await request(context.app, world.hr, 'POST', url, { ...body, endsOn: '2026-09-01' })).statusCode).toBe(400);
    expect((await request(context.app, null, 'POST', url, body)).statusCode).toBe(401);
    expect((await request(context.app, world.centrePhysician, 'POST', url, body)).statusCode).toBe(403);
    expect((await request(context.app, world.hospitalAdmin, 'POST', url, body)).statusCode).toBe(403);
    expect((await request(context.app, world.orientalHr, 'POST', url, body)).statusCode).toBe(404);
  });
});
