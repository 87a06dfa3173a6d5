import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, buildMobilityWorld, missionInput, raiseMobility, type MobilityWorld } from '../testing/mobility-fixtures';
import { request, searchAudit } from '../testing/test-app';
import { flagOverdueApprovalSteps } from './flag-overdue-approval-steps';

let world: MobilityWorld;

beforeAll(async () => {
  world = await buildMobilityWorld();
});
afterAll(async () => {
  await world.context.close();
});

const get = (session: MobilityWorld['hr'] | null, url: string) => request(world.context.app, session, 'GET', url);

describe('raising a request', () => {
  it('submits a mobility at once, with the chain of its duration copied on it', async () => {
    const created = await raiseMobility(world, world.originDirector);
    expect(created).toMatchObject({ status: 'pending', currentStep: 0, stepCount: 1 });
    expect(created.steps).toMatchObject([{ approver: { role: 'hr_officer', scope: 'gst' }, state: 'current' }]);
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=approval_request.create&entityId=${created.id}`,
    );
    expect(audit.items).toHaveLength(1);
  });

  it('answers 400 with field paths for an invalid subject', async () => {
    const response = await request(
      world.context.app,
      world.originDirector,
      'POST',
      '/api/approval-requests',
      missionInput(world, { endsOn: '2027-02-01' }),
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('endsOn');
  });

  it('answers 401 without a session', async () => {
    const response = await request(world.context.app, null, 'POST', '/api/approval-requests', missionInput(world));
    expect(response.statusCode).toBe(401);
  });

  it('forbids a mobility raised by someone of another establishment (403)', async () => {
    const response = await request(
      world.context.app,
      world.outsider,
      'POST',
      '/api/approval-requests',
      missionInput(world),
    );
    expect(response.statusCode).toBe(403);
  });

  it('lets the staff member raise their own mobility', async () => {
    const created = await raiseMobility(world, world.nurse, { startsOn: '2027-05-03', endsOn: '2027-05-04' });
    expect(created.status).toBe('pending');
  });
});

describe('opening and worklists', () => {
  it('shows the request to the requester, the approver and the person concerned, and 404 to others', async () => {
    const { id } = await raiseMobility(world, world.originDirector);
    for (const session of [world.originDirector, world.hr, world.nurse]) {
      expect((await get(session, `/api/approval-requests/${id}`)).statusCode).toBe(200);
    }
    expect((await get(world.orientalHr, `/api/approval-requests/${id}`)).statusCode).toBe(404);
    expect((await get(world.outsider, `/api/approval-requests/${id}`)).statusCode).toBe(404);
    expect((await get(null, `/api/approval-requests/${id}`)).statusCode).toBe(401);
  });

  it('lists the request as to decide for the GST HR officer and as mine for the nurse', async () => {
    const { id } = await raiseMobility(world, world.originDirector);
    const toDecide = (await get(world.hr, '/api/approval-requests?view=to_decide')).json<{ items: { id: string }[] }>();
    expect(toDecide.items.map((item) => item.id)).toContain(id);
    const mine = (await get(world.nurse, '/api/approval-requests?view=mine')).json<{ items: { id: string }[] }>();
    expect(mine.items.map((item) => item.id)).toContain(id);
    const director = (await get(world.originDirector, '/api/approval-requests?view=to_decide')).json<{
      items: unknown[];
    }>();
    expect(director.items).toEqual([]);
    expect((await get(world.hr, '/api/approval-requests?view=everything')).statusCode).toBe(400);
  });
});

describe('deciding', () => {
  it('answers 403 to someone who is not in the chain', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector);
    expect((await act(world, world.originDirector, id, 'approve', { version })).statusCode).toBe(403);
    expect((await act(world, world.nurse, id, 'approve', { version })).statusCode).toBe(403);
  });

  it('answers 409 with the current version to a stale approval', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector);
    await act(world, world.originDirector, id, 'comment', { comment: 'Urgent, merci' });
    const stale = await act(world, world.hr, id, 'approve', { version: version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict' } });
  });

  it('answers 409 with the status to an approval after the request was withdrawn', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector);
    const withdrawn = await act(world, world.originDirector, id, 'withdraw', { version });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    const late = await act(world, world.hr, id, 'approve', { version: version + 1 });
    expect(late.statusCode).toBe(409);
    expect(JSON.stringify(late.json())).toContain('withdrawn');
  });

  it('requires a reason to reject, and tells the requester', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector);
    expect((await act(world, world.hr, id, 'reject', { version })).statusCode).toBe(400);
    const rejected = await act(world, world.hr, id, 'reject', { version, comment: 'Effectif insuffisant' });
    expect(rejected.json()).toMatchObject({ status: 'rejected' });
    expect(world.messenger.sent.some((message) => message.kind === 'approval_rejected')).toBe(true);
  });

  it('lets one of two concurrent approvals of the same step win', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector, {
      startsOn: '2027-06-07',
      endsOn: '2027-06-08',
    });
    const [first, second] = await Promise.all([
      act(world, world.hr, id, 'approve', { version }),
      act(world, world.otherHr, id, 'approve', { version }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const impact = (await get(world.hr, `/api/approval-requests/${id}/mobility-impact`)).json<{
      createdAssignments: { kind: string }[];
    }>();
    // One winner: the additional assignment and the two pieces of the primary post, once.
    expect(impact.createdAssignments).toHaveLength(3);
    expect(impact.createdAssignments.filter((a) => a.kind === 'additional')).toHaveLength(1);
  });

  it('lets an active delegate decide on behalf of the approver', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector, {
      startsOn: '2027-07-05',
      endsOn: '2027-07-06',
    });
    const candidates = (await get(world.otherHr, '/api/approval-delegations/candidates')).json<{
      items: { id: string }[];
    }>();
    expect(candidates.items.map((item) => item.id)).toContain(world.deputy.userId);
    const today = new Date().toISOString().slice(0, 10);
    const delegation = await request(world.context.app, world.otherHr, 'POST', '/api/approval-delegations', {
      delegateUserId: world.deputy.userId,
      validFrom: today,
      validTo: '2099-12-31',
    });
    expect(delegation.statusCode).toBe(201);
    const toDecide = (await get(world.deputy, '/api/approval-requests?view=to_decide')).json<{
      items: { id: string }[];
    }>();
    expect(toDecide.items.map((item) => item.id)).toContain(id);
    const approved = await act(world, world.deputy, id, 'approve', { version });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', steps: [{ onBehalfOf: 'Test hr_officer' }] });
    const revoked = await request(
      world.context.app,
      world.otherHr,
      'POST',
      `/api/approval-delegations/${delegation.json<{ id: string }>().id}/revoke`,
    );
    expect(revoked.json()).toMatchObject({ revokedAt: expect.any(String) });
  });
});

describe('a request returned for changes', () => {
  it('is corrected by its requester, then submitted again through the chain of its new duration', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector, {
      startsOn: '2029-05-07',
      endsOn: '2029-05-11',
    });
    const returned = await act(world, world.hr, id, 'return', { version, comment: 'Préciser les dates' });
    expect(returned.json()).toMatchObject({ status: 'returned', allowedActions: ['comment'] });
    const asRequester = await get(world.originDirector, `/api/approval-requests/${id}`);
    expect(asRequester.json<{ allowedActions: string[] }>().allowedActions).toContain('edit');
    const subject = missionInput(world, { startsOn: '2029-05-07', endsOn: '2029-06-29', timeShare: 40 }).subject;
    const edit = (session: MobilityWorld['hr'] | null, body: object) =>
      request(world.context.app, session, 'PATCH', `/api/approval-requests/${id}`, body);

    expect((await edit(world.hr, { version: version + 1, subject })).statusCode).toBe(403);
    expect((await edit(world.originDirector, { version, subject })).statusCode).toBe(409);
    expect(
      (await edit(world.originDirector, { version: version + 1, subject: { ...subject, timeShare: 0 } })).statusCode,
    ).toBe(400);
    expect((await edit(world.originDirector, { version: version + 1, subject, extra: true })).statusCode).toBe(400);
    expect((await edit(null, { version: version + 1, subject })).statusCode).toBe(401);
    expect((await edit(world.orientalHr, { version: version + 1, subject })).statusCode).toBe(404);

    const edited = await edit(world.originDirector, { version: version + 1, subject });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      status: 'returned',
      version: version + 2,
      subject: { endsOn: '2029-06-29', timeShare: 40 },
    });
    const resubmitted = await act(world, world.originDirector, id, 'submit', { version: version + 2 });
    expect(resubmitted.json()).toMatchObject({
      status: 'pending',
      steps: [
        { approver: { role: 'establishment_admin', scope: 'destination_establishment' }, state: 'current' },
        { approver: { role: 'hr_officer', scope: 'gst' }, state: 'waiting' },
      ],
    });
    expect((await edit(world.originDirector, { version: version + 3, subject })).statusCode).toBe(409);
    const audit = await searchAudit(world.context.app, world.gstAdmin, `action=approval_request.edit&entityId=${id}`);
    expect(audit.items).toHaveLength(1);
  });
});

describe('files, letter, timers and figures', () => {
  it('stores and reads a PDF attached by the requester', async () => {
    const { id } = await raiseMobility(world, world.originDirector);
    const pdf = Buffer.from('%PDF-1.4\n%test\n');
    const uploaded = await world.context.app.inject({
      method: 'POST',
      url: `/api/approval-requests/${id}/attachments?fileName=ordre.pdf`,
      payload: pdf,
      headers: {
        cookie: world.originDirector.cookie,
        'x-csrf-token': world.originDirector.csrfToken,
        'content-type': 'application/pdf',
      },
    });
    expect(uploaded.statusCode).toBe(201);
    const file = await get(world.hr, `/api/approval-requests/${id}/attachments/${uploaded.json<{ id: string }>().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints the decision letter once decided, not before', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector, {
      startsOn: '2027-08-02',
      endsOn: '2027-08-03',
    });
    expect((await get(world.hr, `/api/approval-requests/${id}/letter`)).statusCode).toBe(409);
    await act(world, world.hr, id, 'approve', { version });
    const letter = await get(world.nurse, `/api/approval-requests/${id}/letter?language=ar`);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
  });

  it('flags an overdue step once and reminds its approvers', async () => {
    await raiseMobility(world, world.originDirector);
    const later = new Date(Date.now() + 30 * 86_400_000);
    expect(await flagOverdueApprovalSteps(world.context.handle.db, world.messenger, later)).toBeGreaterThan(0);
    expect(await flagOverdueApprovalSteps(world.context.handle.db, world.messenger, later)).toBe(0);
    expect(world.messenger.sent.some((message) => message.kind === 'approval_overdue')).toBe(true);
  });

  it('summarises the time to decision per type for the GST HR, not for an establishment', async () => {
    const stats = await get(world.hr, '/api/approval-requests/stats');
    expect(stats.statusCode).toBe(200);
    expect(stats.json<{ items: { type: string; decided: number }[] }>().items).toEqual([
      expect.objectContaining({ type: 'mobility', decided: expect.any(Number) }),
    ]);
    expect((await get(world.originDirector, '/api/approval-requests/stats')).statusCode).toBe(403);
  });
});
