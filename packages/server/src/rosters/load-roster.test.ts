import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterLineRecord } from '@tansiq/domain';
import { findRosterLineById } from '@tansiq/db';
import { buildStaffMember } from '../testing/staff-factories';
import { createTestContext, request, type TestContext } from '../testing/test-app';
import { buildStoredRosterProblem } from './load-roster';
import {
  buildAdditionalAssignment,
  buildRosterWorld,
  buildStaffLeave,
  lineInput,
  type RosterWorld,
} from './roster-test-fixtures';

let context: TestContext;
let world: RosterWorld;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildRosterWorld(context);
});

afterAll(async () => {
  await context.close();
});

async function line(establishmentIds: string[], overrides: Record<string, unknown> = {}): Promise<RosterLineRecord> {
  const response = await request(
    context.app,
    world.gstHr,
    'POST',
    '/api/roster-lines',
    lineInput(world.tta.id, establishmentIds, overrides),
  );
  const found = await findRosterLineById(context.handle.db, response.json().id);
  if (!found) {
    throw new Error('line not created');
  }
  return found;
}

const problemOf = (lines: RosterLineRecord[], month = '2032-03') =>
  buildStoredRosterProblem(context.handle.db, { gstId: world.tta.id, month, lines, excludeRosterId: null });

describe('buildStoredRosterProblem', () => {
  it('takes the qualified staff assigned at the line’s establishments, with their leave and time share', async () => {
    const db = context.handle.db;
    const { id: nurse } = await buildStaffMember(db, world.tta.id, world.hospitalA.id, { cadre: 'polyvalent_nurse' });
    const partTime = world.staffB[0]?.id ?? '';
    await buildAdditionalAssignment(db, world.tta.id, partTime, world.hospitalA.id, 40);
    const onLeave = world.staffA[3]?.id ?? '';
    await buildStaffLeave(db, world.tta.id, onLeave, '2032-03-02', '2032-03-03');
    const emergency = await line([world.hospitalA.id], { rulesOverrides: { maxGardesPerMonth: 5 } });
    const problem = await problemOf([emergency]);
    const byId = new Map(problem.candidates.map((candidate) => [candidate.staffId, candidate]));
    for (const staff of world.staffA) {
      expect(byId.get(staff.id)?.lineIds).toEqual([emergency.id]);
    }
    expect(byId.get(nurse)?.lineIds).toEqual([]);
    expect(byId.get(partTime)).toMatchObject({ lineIds: [emergency.id], targetShare: 0.4 });
    expect(byId.has(world.staffB[1]?.id ?? '')).toBe(false);
    expect(byId.get(onLeave)?.unavailability).toEqual([
      { startsAt: '2032-03-01T23:00:00.000Z', endsAt: '2032-03-03T23:00:00.000Z', reason: 'leave' },
    ]);
    expect(problem.shifts).toHaveLength(31);
    expect(problem.rules.maxGardesPerMonth).toBe(5);
  });

  it('restricts a line to its listed staff', async () => {
    const listed = world.staffA[0]?.id ?? '';
    const restricted = await line([world.hospitalA.id], { eligibleStaffIds: [listed] });
    const problem = await problemOf([restricted]);
    const serving = problem.candidates.filter((candidate) => candidate.lineIds.length > 0);
    expect(serving.map((candidate) => candidate.staffId)).toEqual([listed]);
  });
});
