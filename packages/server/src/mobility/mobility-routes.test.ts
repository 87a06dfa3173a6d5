import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeWisn, todayInMorocco, wisnPressure, wisnStandardSchema, type MobilityImpact } from '@tansiq/domain';
import { insertWisnStandard, queryRows, writeWisnWorkloadEntries } from '@tansiq/db';
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

async function insertLine(id: string, name: string, establishmentIds: string[]) {
  await world.context.handle.db.execute(sql`insert into roster_lines (gst_id, id, name, kind, establishment_ids,
      shift_pattern)
    values (${world.gstId}, ${id}, ${name}, 'garde', ${`{${establishmentIds.join(',')}}`}::uuid[], '{}'::jsonb)`);
}

/** A published roster of a month whose shifts (line, day) the world's nurse holds; shift ids are `shift-<index>`. */
async function insertRoster(id: string, month: string, shifts: [lineId: string, day: string][]) {
  const db = world.context.handle.db;
  const lineIds = [...new Set(shifts.map(([lineId]) => lineId))].sort();
  await db.execute(sql`insert into rosters (gst_id, id, month, line_ids, line_key, status)
    values (${world.gstId}, ${id}, ${month}, ${`{${lineIds.join(',')}}`}::uuid[], ${lineIds.join(',')}, 'published')`);
  for (const [index, [lineId, day]] of shifts.entries()) {
    await db.execute(sql`insert into roster_shifts (gst_id, roster_id, shift_id, line_id, day, day_type, starts_at,
        ends_at, staff_member_id)
      values (${world.gstId}, ${id}, ${`shift-${index}`}, ${lineId}, ${day}, 'weekday',
        ${`${day}T17:00:00Z`}, ${`${day}T07:00:00Z`}::timestamptz + interval '1 day', ${world.staff.id})`);
  }
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
    const lineId = '0d7a3c52-4b1e-4f6a-9c2d-8e5f1a2b3c40';
    await insertLine(lineId, 'Garde des urgences', [world.origin.id]);
    await insertRoster('1e8b4d63-5c2f-4a7b-8d3e-9f6a2b3c4d51', '2027-12', [
      [lineId, '2027-12-07'],
      [lineId, '2027-12-09'],
      [lineId, '2027-12-20'],
    ]);
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

describe('a mission seen through WISN and the rosters', () => {
  it('shows the WISN ratio of the cadre at both ends before and after, from the standard and this year’s workload', async () => {
    const db = world.context.handle.db;
    const standard = wisnStandardSchema.parse({
      cadre: 'polyvalent_nurse',
      establishmentType: 'CHP',
      version: 1,
      effectiveFrom: '2024-01-01',
      availableWorkingTime: {
        possibleWorkingDays: 260,
        publicHolidays: 13,
        annualLeave: 22,
        sickLeave: 5,
        otherLeave: 0,
        unauthorisedAbsence: 0,
        workingHoursPerDay: 8,
      },
      serviceStandards: [
        { kind: 'unit_time', activityCode: 'inpatient_day', label: 'Soins par journée', unitTimeMinutes: 90 },
      ],
      categoryAllowances: [],
      individualAllowances: [],
    });
    const workload = { inpatient_day: 1760 };
    await insertWisnStandard(db, world.gstId, { id: randomUUID(), standard, createdBy: null });
    const year = Number(todayInMorocco().slice(0, 4));
    await writeWisnWorkloadEntries(db, world.gstId, {
      establishmentId: world.origin.id,
      year,
      entries: [{ activityCode: 'inpatient_day', annualWorkload: workload.inpatient_day }],
      updatedBy: null,
    });
    const { id } = await raiseMobility(world, world.originDirector, { startsOn: '2027-05-03', endsOn: '2027-05-07' });
    const impact = await impactOf(world.hr, id);
    const [origin, destination] = impact.staffCounts;
    const required = computeWisn({ standard, workload, actualStaff: 0 }).requiredStaff;
    expect(required).toBeGreaterThan(0);
    expect(impact.wisn).toEqual([
      {
        establishmentId: world.origin.id,
        cadre: 'polyvalent_nurse',
        year,
        requiredStaff: required,
        ratioBefore: (origin?.fteBefore ?? NaN) / required,
        ratioAfter: (origin?.fteAfter ?? NaN) / required,
        pressureBefore: wisnPressure((origin?.fteBefore ?? NaN) / required),
        pressureAfter: wisnPressure((origin?.fteAfter ?? NaN) / required),
      },
      {
        establishmentId: world.destination.id,
        cadre: 'polyvalent_nurse',
        year,
        requiredStaff: 0,
        ratioBefore: null,
        ratioAfter: null,
        pressureBefore: 'no_workload',
        pressureAfter: 'no_workload',
      },
    ]);
    expect(destination?.fteAfter).toBeGreaterThan(destination?.fteBefore ?? Infinity);
  });

  it('takes the person off their shifts of the period at the origin on approval; the nurse is told and sees them', async () => {
    const db = world.context.handle.db;
    const originLine = '2f9c5e74-6d3a-4b8c-9e4f-a07b3c4d5e62';
    const pooledLine = '3a0d6f85-7e4b-4c9d-8f5a-b18c4d5e6f73';
    const rosterId = '4b1e7a96-8f5c-4dae-9a6b-c29d5e6f7a84';
    await insertLine(originLine, 'Garde infirmière — origine', [world.origin.id]);
    await insertLine(pooledLine, 'Astreinte mutualisée', [world.origin.id, world.destination.id]);
    await insertRoster(rosterId, '2027-06', [
      [originLine, '2027-06-08'],
      [pooledLine, '2027-06-09'],
      [originLine, '2027-06-10'],
      [originLine, '2027-06-15'],
    ]);
    const { id, version } = await raiseMobility(world, world.originDirector, {
      startsOn: '2027-06-07',
      endsOn: '2027-06-11',
    });
    const before = await impactOf(world.hr, id);
    expect(before.onCallLines.map((line) => [line.name, line.dutyDays])).toEqual([
      ['Astreinte mutualisée', 1],
      ['Garde infirmière — origine', 2],
    ]);
    expect(before.releasedShifts).toEqual([]);

    const approved = await act(world, world.hr, id, 'approve', { version });
    expect(approved.statusCode).toBe(200);
    const released = [
      { rosterId, shiftId: 'shift-0', lineId: originLine, lineName: 'Garde infirmière — origine', day: '2027-06-08' },
      { rosterId, shiftId: 'shift-2', lineId: originLine, lineName: 'Garde infirmière — origine', day: '2027-06-10' },
    ];
    expect(approved.json()).toMatchObject({ outcome: { releasedShifts: released } });
    const rows = await queryRows(
      db,
      sql`select s.shift_id, s.staff_member_id, r.version from roster_shifts s
        join rosters r on r.gst_id = s.gst_id and r.id = s.roster_id
        where s.roster_id = ${rosterId} order by s.shift_id`,
    );
    expect(rows.map((row) => [row.shift_id, row.staff_member_id, row.version])).toEqual([
      ['shift-0', null, 2],
      ['shift-1', world.staff.id, 2],
      ['shift-2', null, 2],
      ['shift-3', world.staff.id, 2],
    ]);
    expect((await impactOf(world.nurse, id)).releasedShifts).toEqual(released);
    const told = await queryRows(
      db,
      sql`select n.kind from notifications n join staff_members m on m.user_id = n.user_id
        where m.id = ${world.staff.id} and n.entity_id = ${id}`,
    );
    expect(told.map((row) => row.kind)).toEqual(['approval_approved']);
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=roster_shift.release&entityId=${world.staff.id}`,
    );
    expect(audit.items).toHaveLength(1);
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
