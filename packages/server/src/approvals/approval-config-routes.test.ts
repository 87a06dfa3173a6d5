import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalConfigList } from '@tansiq/domain';
import { buildMobilityWorld, raiseMobility, type MobilityWorld } from '../testing/mobility-fixtures';
import { request, searchAudit } from '../testing/test-app';

let world: MobilityWorld;

beforeAll(async () => {
  world = await buildMobilityWorld();
});
afterAll(async () => {
  await world.context.close();
});

const hrStep = { approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 2 };
const directorStep = { approver: { role: 'gst_director', scope: 'gst' }, respondWithinWorkingDays: 5 };
/** Up to 15 days the GST HR alone; longer (or no end), the HR then the GST director. */
const chains = [
  { when: { durationUpToDays: 15 }, steps: [hrStep] },
  { when: { durationOverDays: 15 }, steps: [hrStep, directorStep] },
  { steps: [hrStep, directorStep] },
];

const list = (session: MobilityWorld['hr'] | null, gstId = world.gstId) =>
  request(world.context.app, session, 'GET', `/api/approval-configs?gstId=${gstId}`);
const save = (session: MobilityWorld['hr'] | null, body: object, type = 'mobility') =>
  request(world.context.app, session, 'PUT', `/api/approval-configs/${type}`, { gstId: world.gstId, ...body });

describe('the approval chains of a GST', () => {
  it('shows each request type with the defaults until the direction saves its own', async () => {
    const response = await list(world.hr);
    expect(response.statusCode).toBe(200);
    expect(response.json<ApprovalConfigList>().types).toEqual([
      expect.objectContaining({ type: 'mobility', isDefault: true, updatedAt: null }),
      expect.objectContaining({ type: 'roster_swap', isDefault: true, updatedAt: null }),
    ]);
  });

  it('saves the GST director’s chains; new requests follow them, audited; a stale save is 409', async () => {
    const saved = await save(world.gstDirector, { chains, expectedUpdatedAt: null });
    expect(saved.statusCode).toBe(200);
    const mobility = saved.json<ApprovalConfigList>().types.find((view) => view.type === 'mobility');
    expect(mobility).toMatchObject({ isDefault: false, updatedByName: expect.any(String) });
    expect(mobility?.chains[1]?.steps).toHaveLength(2);

    const long = await raiseMobility(world, world.originDirector, { startsOn: '2029-03-05', endsOn: '2029-03-30' });
    expect(long.steps).toMatchObject([{ approver: { role: 'hr_officer' } }, { approver: { role: 'gst_director' } }]);

    expect((await save(world.gstAdmin, { chains, expectedUpdatedAt: null })).statusCode).toBe(409);
    const again = await save(world.gstAdmin, {
      chains: chains.slice(0, 1).concat(chains.slice(2)),
      expectedUpdatedAt: mobility?.updatedAt,
    });
    expect(again.statusCode).toBe(200);
    expect((await save(world.gstAdmin, { chains, expectedUpdatedAt: mobility?.updatedAt })).statusCode).toBe(409);
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=approval_config.save&entityId=${world.gstId}`,
    );
    expect(audit.items).toHaveLength(2);
  });

  it('refuses chains that leave some requests without one (422, saying which)', async () => {
    const current = (await list(world.hr)).json<ApprovalConfigList>().types.find((view) => view.type === 'mobility');
    const response = await save(world.gstDirector, {
      chains: [{ when: { durationUpToDays: 15 }, steps: [hrStep] }],
      expectedUpdatedAt: current?.updatedAt ?? null,
    });
    expect(response.statusCode).toBe(422);
    expect(JSON.stringify(response.json())).toContain('No chain applies to amount none, duration none');
  });

  it('answers 400, 401, 403 and 404 as it should', async () => {
    expect((await save(world.gstDirector, { chains: [], expectedUpdatedAt: null })).statusCode).toBe(400);
    expect((await save(world.gstDirector, { chains, expectedUpdatedAt: null, extra: 1 })).statusCode).toBe(400);
    expect((await list(null)).statusCode).toBe(401);
    expect((await save(world.hr, { chains, expectedUpdatedAt: null })).statusCode).toBe(403);
    expect((await list(world.originDirector)).statusCode).toBe(403);
    expect((await list(world.orientalHr)).statusCode).toBe(404);
    expect((await save(world.gstDirector, { chains, expectedUpdatedAt: null }, 'purchase')).statusCode).toBe(404);
  });
});
