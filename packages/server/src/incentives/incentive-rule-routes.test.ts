import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncentiveRuleSetList, IncentiveRuleSetVersion } from '@tansiq/domain';
import { countAudit } from '../staff/staff-test-fixtures';
import { createTestContext, request, type TestContext } from '../testing/test-app';
import { buildIncentiveWorld, worldRuleSet, type IncentiveWorld, type TestSession } from './incentive-test-world';

let context: TestContext;
let world: IncentiveWorld;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildIncentiveWorld(context);
});

afterAll(async () => {
  await context.close();
});

const put = (session: TestSession | null, ruleSet: unknown, gstId = world.tta.id) =>
  request(context.app, session, 'PUT', '/api/incentive-rules', { gstId, ruleSet });
const get = (session: TestSession | null, gstId = world.tta.id) =>
  request(context.app, session, 'GET', `/api/incentive-rules?gstId=${gstId}`);

describe('PUT /api/incentive-rules', () => {
  it('saves versions in order, audited, and lists them newest first', async () => {
    const first = await put(world.hr, worldRuleSet());
    expect(first.statusCode).toBe(200);
    const saved: IncentiveRuleSetVersion = first.json();
    expect(saved.ruleSet).toMatchObject({ version: 1, monthlyCapCentimes: 150_000 });
    expect(saved.ruleSet.rules[1]).toMatchObject({ cadres: [], weekendHolidayMultiplier: null });
    expect((await put(world.hr, worldRuleSet({ version: 2, effectiveMonth: '2030-06' }))).statusCode).toBe(200);
    const list: IncentiveRuleSetList = (await get(world.hospitalAdmin)).json();
    expect(list.versions.map((version) => version.ruleSet.version)).toEqual([2, 1]);
    expect(await countAudit(context, 'incentive_rules.save', saved.id)).toBe(1);
  });

  it('answers 409 for a stale version and 422 for inconsistent rules, writing nothing', async () => {
    const stale = await put(world.hr, worldRuleSet({ version: 1 }));
    expect(stale.statusCode).toBe(409);
    const duplicated = worldRuleSet({ version: 3, effectiveMonth: '2030-07' });
    const rules = [...duplicated.rules, { code: 'garde', label: 'Garde bis', activity: 'garde', amountCentimes: 1 }];
    const inconsistent = await put(world.hr, { ...duplicated, rules });
    expect(inconsistent.statusCode).toBe(422);
    expect(inconsistent.json().error.issues[0].path).toEqual(['ruleSet', 'rules', 4, 'code']);
    const backwards = await put(world.hr, worldRuleSet({ version: 3, effectiveMonth: '2030-02' }));
    expect(backwards.statusCode).toBe(422);
    const list: IncentiveRuleSetList = (await get(world.hr)).json();
    expect(list.versions).toHaveLength(2);
  });

  it('answers 400 (bad shape, unknown field), 401, 403 (finance officer) and 404 (other GST)', async () => {
    expect((await put(world.hr, { ...worldRuleSet({ version: 3 }), rules: [] })).statusCode).toBe(400);
    expect((await put(world.hr, { ...worldRuleSet({ version: 3 }), bonus: true })).statusCode).toBe(400);
    expect((await put(null, worldRuleSet({ version: 3 }))).statusCode).toBe(401);
    expect((await put(world.finance, worldRuleSet({ version: 3 }))).statusCode).toBe(403);
    expect((await put(world.orientalHr, worldRuleSet({ version: 3 }))).statusCode).toBe(404);
  });
});

describe('GET /api/incentive-rules', () => {
  it('answers 400, 401, 403 (a physician) and 404 (other GST)', async () => {
    expect((await request(context.app, world.hr, 'GET', '/api/incentive-rules?gstId=x')).statusCode).toBe(400);
    expect((await get(null)).statusCode).toBe(401);
    expect((await get(world.physician)).statusCode).toBe(403);
    expect((await get(world.orientalHr)).statusCode).toBe(404);
  });
});
