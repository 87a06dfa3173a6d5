import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, request, searchAudit, type TestContext } from '../testing/test-app';
import { buildRosterWorld, lineInput, type RosterWorld } from './roster-test-fixtures';

const withoutGst = (input: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'gstId'));

let context: TestContext;
let world: RosterWorld;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildRosterWorld(context);
});

afterAll(async () => {
  await context.close();
});

describe('/api/roster-lines', () => {
  it('creates a pooled line (GST HR officer), reads, lists, updates and archives it, each write audited', async () => {
    const input = lineInput(world.tta.id, [world.hospitalA.id, world.hospitalB.id], { kind: 'astreinte' });
    const created = await request(context.app, world.gstHr, 'POST', '/api/roster-lines', input);
    expect(created.statusCode).toBe(201);
    const line = created.json();
    expect(line).toMatchObject({ kind: 'astreinte', version: 1, isActive: true, eligibleStaffIds: [] });
    expect(line.shiftPattern.weekday).toEqual([{ start: '18:00', end: '08:00' }]);
    const read = await request(context.app, world.nurseA, 'GET', `/api/roster-lines/${line.id}`);
    expect(read.statusCode).toBe(200);
    const list = await request(context.app, world.nurseA, 'GET', `/api/roster-lines?gstId=${world.tta.id}`);
    expect(list.json().map((entry: { id: string }) => entry.id)).toContain(line.id);
    const body = withoutGst(input);
    const updated = await request(context.app, world.gstHr, 'PUT', `/api/roster-lines/${line.id}`, {
      ...body,
      version: 1,
      name: `${input.name} (nuit)`,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, name: `${input.name} (nuit)` });
    const archived = await request(context.app, world.gstHr, 'POST', `/api/roster-lines/${line.id}/archive`, {
      version: 2,
    });
    expect(archived.json()).toMatchObject({ isActive: false, version: 3 });
    const audit = await searchAudit(context.app, world.gstAdmin, `entityId=${line.id}`);
    expect(audit.items.map((event) => event.action).sort()).toEqual([
      'roster_line.archive',
      'roster_line.create',
      'roster_line.update',
    ]);
  });

  it('lets an establishment admin manage the lines of their establishment only (403 on a pooled line)', async () => {
    const own = await request(
      context.app,
      world.adminA,
      'POST',
      '/api/roster-lines',
      lineInput(world.tta.id, [world.hospitalA.id]),
    );
    expect(own.statusCode).toBe(201);
    const pooled = await request(
      context.app,
      world.adminA,
      'POST',
      '/api/roster-lines',
      lineInput(world.tta.id, [world.hospitalA.id, world.hospitalB.id]),
    );
    expect(pooled.statusCode).toBe(403);
    const byNurse = await request(
      context.app,
      world.nurseA,
      'POST',
      '/api/roster-lines',
      lineInput(world.tta.id, [world.hospitalA.id]),
    );
    expect(byNurse.statusCode).toBe(403);
  });

  it('answers 400 for an invalid line and 422 for an establishment of another GST', async () => {
    const invalid = await request(
      context.app,
      world.gstHr,
      'POST',
      '/api/roster-lines',
      lineInput(world.tta.id, [world.hospitalA.id], { kind: 'night', unknownField: 1 }),
    );
    expect(invalid.statusCode).toBe(400);
    const foreign = await request(
      context.app,
      world.gstHr,
      'POST',
      '/api/roster-lines',
      lineInput(world.tta.id, [world.hospitalA.id, world.orientalHospital.id]),
    );
    expect(foreign.statusCode).toBe(422);
  });

  it('answers 401 without a session and 404 outside the GST', async () => {
    expect((await request(context.app, null, 'GET', `/api/roster-lines?gstId=${world.tta.id}`)).statusCode).toBe(401);
    const created = await request(
      context.app,
      world.gstHr,
      'POST',
      '/api/roster-lines',
      lineInput(world.tta.id, [world.hospitalB.id]),
    );
    const id = created.json().id;
    expect((await request(context.app, world.orientalHr, 'GET', `/api/roster-lines/${id}`)).statusCode).toBe(404);
    expect(
      (await request(context.app, world.orientalHr, 'GET', `/api/roster-lines?gstId=${world.tta.id}`)).statusCode,
    ).toBe(404);
  });

  it('refuses a stale version (409) and a duplicate name (409)', async () => {
    const input = lineInput(world.tta.id, [world.hospitalA.id]);
    const line = (await request(context.app, world.gstHr, 'POST', '/api/roster-lines', input)).json();
    const body = withoutGst(input);
    const first = await request(context.app, world.gstHr, 'PUT', `/api/roster-lines/${line.id}`, {
      ...body,
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    const stale = await request(context.app, world.gstHr, 'PUT', `/api/roster-lines/${line.id}`, {
      ...body,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const duplicate = await request(context.app, world.gstHr, 'POST', '/api/roster-lines', input);
    expect(duplicate.statusCode).toBe(409);
  });
});

describe('/api/gsts/:gstId/roster-rules', () => {
  it('reads the defaults, lets a GST HR officer set the rules (audited) and nobody else', async () => {
    const url = `/api/gsts/${world.tta.id}/roster-rules`;
    const read = await request(context.app, world.nurseA, 'GET', url);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ minRestAfterGardeHours: 24 });
    // Astreintes only: the other test files of a PostgreSQL run roster gardes in this GST.
    const rules = { ...read.json(), maxAstreintesPerMonth: 12 };
    const set = await request(context.app, world.gstHr, 'PUT', url, rules);
    expect(set.statusCode).toBe(200);
    expect((await request(context.app, world.nurseA, 'GET', url)).json()).toEqual(rules);
    expect((await request(context.app, world.adminA, 'PUT', url, rules)).statusCode).toBe(403);
    expect((await request(context.app, world.orientalHr, 'PUT', url, rules)).statusCode).toBe(404);
    expect((await request(context.app, world.gstHr, 'PUT', url, { maxGardesPerMonth: -1 })).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', url)).statusCode).toBe(401);
    const audit = await searchAudit(context.app, world.gstAdmin, `entityId=${world.tta.id}`);
    expect(audit.items.map((event) => event.action)).toContain('roster_rules.update');
  });
});
