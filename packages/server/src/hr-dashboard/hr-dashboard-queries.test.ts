import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listHeadcountMembers,
  listHrDashboardEstablishments,
  listOnCallLinesOfMonth,
  listRequestsSubmittedBetween,
  listWaitingRequests,
} from '@tansiq/db';
import { buildHrDashboardWorld, type HrDashboardWorld } from './hr-dashboard-test-world';

let world: HrDashboardWorld;

beforeAll(async () => {
  world = await buildHrDashboardWorld();
}, 120_000);

afterAll(async () => {
  await world.context.close();
});

describe('listHeadcountMembers', () => {
  it('counts each person employed on the day once, at their primary establishment', async () => {
    const members = await listHeadcountMembers(world.db, world.gstId, '2026-03-31');
    const at = (id: string) => members.filter((member) => member.establishmentId === id).length;
    // The leaver of 15 March, the GP moved out in February and the nurse starting in April are not counted; B's GP
    // counts once, at B, despite 50 % at O.
    expect([at(world.hospital), at(world.centre), at(world.ouezzane)]).toEqual([9, 2, 3]);
    expect(members.find((member) => member.establishmentId === world.ouezzane)?.provinceCode).toBe('01.405');
  });

  it('reads the day asked for: the leaver still counts on 15 March, the April nurse from 1 April', async () => {
    const midMarch = await listHeadcountMembers(world.db, world.gstId, '2026-03-15');
    expect(midMarch.filter((member) => member.establishmentId === world.hospital)).toHaveLength(10);
    const april = await listHeadcountMembers(world.db, world.gstId, '2026-04-01');
    expect(april.filter((member) => member.establishmentId === world.ouezzane)).toHaveLength(4);
  });
});

describe('listRequestsSubmittedBetween and listWaitingRequests', () => {
  it('takes both ends of the window as days in Morocco', async () => {
    const march = await listRequestsSubmittedBetween(world.db, world.gstId, { from: '2026-03-01', to: '2026-03-31' });
    expect(march.map((request) => request.id)).toEqual(
      expect.arrayContaining([world.requests.missionApproved, world.requests.missionPending, world.requests.purchase]),
    );
    // Approved, pending, withdrawn mobilities and the purchase.
    expect(march).toHaveLength(4);
    const purchases = await listRequestsSubmittedBetween(world.db, world.gstId, {
      from: '2026-03-01',
      to: '2026-03-31',
      type: 'purchase',
    });
    expect(purchases.map((request) => request.id)).toEqual([world.requests.purchase]);
    const day = await listRequestsSubmittedBetween(world.db, world.gstId, { from: '2026-03-20', to: '2026-03-20' });
    expect(day.map((request) => request.id)).toEqual([world.requests.missionPending]);
  });

  it('lists the requests waiting now, oldest first, whenever submitted', async () => {
    const waiting = await listWaitingRequests(world.db, world.gstId);
    expect(waiting.map((request) => [request.id, request.status])).toEqual([
      [world.requests.returned, 'returned'],
      [world.requests.missionPending, 'pending'],
    ]);
  });
});

describe('listOnCallLinesOfMonth', () => {
  it('gives each active line its roster of the month, shifts and unfilled days', async () => {
    const lines = await listOnCallLinesOfMonth(world.db, world.gstId, '2026-03');
    expect(lines.map((line) => [line.name, line.rosterStatus, line.shifts, line.gaps, line.gapDays])).toEqual([
      ['Astreinte anesthésie H-O', 'published', 2, 0, []],
      ['Garde maternité B', null, 0, 0, []],
      ['Garde urgences H', 'draft', 3, 2, ['2026-03-02', '2026-03-05']],
    ]);
    expect(lines[0]?.establishmentIds).toEqual([world.hospital, world.ouezzane]);
  });

  it('shows lines without a roster in a month not rostered at all', async () => {
    const lines = await listOnCallLinesOfMonth(world.db, world.gstId, '2026-04');
    expect(lines.map((line) => [line.rosterId, line.shifts])).toEqual([
      [null, 0],
      [null, 0],
      [null, 0],
    ]);
  });
});

describe('listHrDashboardEstablishments', () => {
  it('lists the GST’s establishments with province and position', async () => {
    const establishments = await listHrDashboardEstablishments(world.db, world.gstId);
    expect(establishments).toHaveLength(3);
    expect(establishments.find((item) => item.id === world.centre)).toMatchObject({
      type: 'CSR-2',
      provinceCode: '01.151',
      lon: expect.any(Number),
      lat: expect.any(Number),
    });
  });
});
