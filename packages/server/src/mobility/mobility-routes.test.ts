import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MobilityImpact } from '@tansiq/domain';
import { act, buildMobilityWorld, raiseMobility, type MobilityWorld } from '../testing/mobility-fixtures';
import { request, searchAudit } from '../testing/test-app';

let world: MobilityWorld;

beforeAll(async () => {
  world = await buildMobilityWorld();
});
afterAll(async () => {
  await world.context.close();
});

const impactOf = async (session: MobilityWorld['hr'], id: string) => {
  const response = await request(world.context.app, session, 'GET', `/api/approval-requests/${id}/mobility-impact`);
  expect(response.statusCode).toBe(200);
  return response.json<MobilityImpact>();
};

async function assignmentsOf(staffMemberId: string) {
  const result = await world.context.handle.db.execute(
    sql`select establishment_id, kind, time_share, valid_from::text, valid_to::text, source_request_id
      from staff_assignments where staff_member_id = ${staffMemberId} order by valid_from, kind`,
  );
  return (result as { rows: Record<string, unknown>[] }).rows;
}

describe('a temporary mission', () => {
  it('shows its impact, then creates the assignment on approval, with the primary post giving up the share', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector);
    const impact = await impactOf(world.hr, id);
    expect(impact.staffMember).toMatchObject({ id: world.staff.id, cadre: 'polyvalent_nurse' });
    expect(impact.conflicts, JSON.stringify(impact.conflicts)).toEqual([]);
    expect(impact.staffCounts).toEqual([
      { establishmentId: world.origin.id, cadre: 'polyvalent_nurse', fteBefore: 1, fteAfter: 0.5 },
      { establishmentId: world.destination.id, cadre: 'polyvalent_nurse', fteBefore: 0, fteAfter: 0.5 },
    ]);
    expect(impact.wisn).toBeNull();
    expect(impact.onCallLines).toEqual([]);

    const approved = await act(world, world.hr, id, 'approve', { version, comment: 'Accord' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      outcome: { assignmentIds: expect.any(Array), staffCounts: expect.any(Array) },
    });
    const rows = await assignmentsOf(world.staff.id);
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'primary', time_share: 100, valid_from: '2015-09-01', valid_to: '2027-02-28' }),
      expect.objectContaining({
        establishment_id: world.destination.id,
        kind: 'additional',
        time_share: 50,
        source_request_id: id,
      }),
      expect.objectContaining({ kind: 'primary', time_share: 50, valid_from: '2027-03-01', valid_to: '2027-03-05' }),
      expect.objectContaining({ kind: 'primary', time_share: 100, valid_from: '2027-03-06', valid_to: null }),
    ]);
    const after = await impactOf(world.nurse, id);
    expect(after.createdAssignments).toContainEqual(
      expect.objectContaining({ establishmentId: world.destination.id, kind: 'additional', timeShare: 50 }),
    );
    expect(after.staffCounts).toEqual(impact.staffCounts);
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=staff_assignment.create&entityId=${world.staff.id}`,
    );
    expect(audit.items.length).toBeGreaterThanOrEqual(1);
  });

  it('shows a leave in the period as a conflict', async () => {
    await world.context.handle.db
      .execute(sql`insert into staff_leaves (gst_id, id, staff_member_id, kind, starts_on, ends_on)
      values (${world.gstId}, gen_random_uuid(), ${world.staff.id}, 'annual', '2027-09-06', '2027-09-10')`);
    const { id } = await raiseMobility(world, world.originDirector, { startsOn: '2027-09-08', endsOn: '2027-09-09' });
    const impact = await impactOf(world.hr, id);
    expect(impact.conflicts).toEqual([expect.objectContaining({ kind: 'leave', from: '2027-09-06' })]);
    expect(impact.staffCounts[0]).toMatchObject({ fteBefore: 1, fteAfter: 0.5 });
  });

  it('lists the on-call lines where the person holds shifts in the period, with the days on duty', async () => {
    const db = world.context.handle.db;
    const lineId = '0d7a3c52-4b1e-4f6a-9c2d-8e5f1a2b3c40';
    const rosterId = '1e8b4d63-5c2f-4a7b-8d3e-9f6a2b3c4d51';
    await db.execute(sql`insert into roster_lines (gst_id, id, name, kind, establishment_ids, shift_pattern)
      values (${world.gstId}, ${lineId}, 'Garde des urgences', 'garde', array[${world.origin.id}]::uuid[], '{}'::jsonb)`);
    await db.execute(sql`insert into rosters (gst_id, id, month, line_ids, line_key)
      values (${world.gstId}, ${rosterId}, '2027-12', array[${lineId}]::uuid[], ${lineId})`);
    for (const [index, day] of ['2027-12-07', '2027-12-09', '2027-12-20'].entries()) {
      await db.execute(sql`insert into roster_shifts (gst_id, roster_id, shift_id, line_id, day, day_type, starts_at,
          ends_at, staff_member_id)
        values (${world.gstId}, ${rosterId}, ${`shift-${index}`}, ${lineId}, ${day}, 'weekday',
          ${`${day}T17:00:00Z`}, ${`${day}T07:00:00Z`}::timestamptz + interval '1 day', ${world.staff.id})`);
    }
    const { id } = await raiseMobility(world, world.originDirector, { startsOn: '2027-12-06', endsOn: '2027-12-10' });
    expect((await impactOf(world.hr, id)).onCallLines).toEqual([{ lineId, name: 'Garde des urgences', dutyDays: 2 }]);
  });

  it('answers 422 with the rule when the assignment would break it, and writes nothing', async () => {
    const { id, version } = await raiseMobility(world, world.originDirector, {
      startsOn: '2027-10-04',
      endsOn: '2027-10-08',
      timeShare: 100,
    });
    const before = await assignmentsOf(world.staff.id);
    const refused = await act(world, world.hr, id, 'approve', { version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'unprocessable', details: { rule: 'primary_missing' } } });
    expect(await assignmentsOf(world.staff.id)).toEqual(before);
    const still = await request(world.context.app, world.hr, 'GET', `/api/approval-requests/${id}`);
    expect(still.json()).toMatchObject({ status: 'pending', version });
  });

  it('answers 404 for the impact of a request outside the actor’s reach', async () => {
    const { id } = await raiseMobility(world, world.originDirector, { startsOn: '2027-11-02', endsOn: '2027-11-03' });
    const response = await request(
      world.context.app,
      world.orientalHr,
      'GET',
      `/api/approval-requests/${id}/mobility-impact`,
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('a permanent transfer', () => {
  it('goes through the destination, the GST HR and the GST director, then moves the primary assignment', async () => {
    const staff = world.staff.id;
    const { id } = await raiseMobility(world, world.originDirector, {
      kind: 'permanent_transfer',
      startsOn: '2028-01-03',
      endsOn: null,
      timeShare: 100,
    });
    let version = 2;
    for (const approver of [world.destinationDirector, world.hr, world.gstDirector]) {
      const response = await act(world, approver, id, 'approve', { version });
      expect(response.statusCode).toBe(200);
      version += 1;
    }
    const rows = await assignmentsOf(staff);
    expect(rows.at(-1)).toMatchObject({
      establishment_id: world.destination.id,
      kind: 'primary',
      valid_from: '2028-01-03',
      valid_to: null,
    });
    expect(rows.filter((row) => row.kind === 'primary' && row.valid_to === null)).toHaveLength(1);
  });
});

describe('the new mobility form', () => {
  it('offers the origin director their establishment and its staff, and the nurse only herself', async () => {
    const director = await request(
      world.context.app,
      world.originDirector,
      'GET',
      `/api/mobility/options?fromEstablishmentId=${world.origin.id}`,
    );
    expect(director.statusCode).toBe(200);
    const options = director.json<{ originIds: string[]; staff: { id: string }[]; establishments: { id: string }[] }>();
    expect(options.originIds).toEqual([world.origin.id]);
    expect(options.staff.map((member) => member.id)).toContain(world.staff.id);
    expect(options.establishments.map((e) => e.id)).toContain(world.destination.id);
    const nurse = await request(
      world.context.app,
      world.nurse,
      'GET',
      `/api/mobility/options?fromEstablishmentId=${world.origin.id}`,
    );
    expect(nurse.json<{ originIds: string[]; staff: { id: string }[] }>()).toMatchObject({
      originIds: [],
      staff: [{ id: world.staff.id }],
    });
    expect((await request(world.context.app, null, 'GET', '/api/mobility/options')).statusCode).toBe(401);
  });
});
