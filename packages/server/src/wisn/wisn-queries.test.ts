import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPlatformWisnWorkload, listWisnActualStaff } from '@tansiq/db';
import { buildWisnWorld, type WisnWorld } from './wisn-test-world';

let world: WisnWorld;

beforeAll(async () => {
  world = await buildWisnWorld();
}, 120_000);

afterAll(async () => {
  await world.context.close();
});

const year2025 = { from: '2025-01-01', to: '2026-01-01' };

describe('listPlatformWisnWorkload', () => {
  it('counts a year of encounters, deliveries and tele-expertise answers per activity code, in Morocco time', async () => {
    const figures = await listPlatformWisnWorkload(world.db, world.gstId, year2025, world.centre);
    const byCode = Object.fromEntries(figures.map((figure) => [figure.activityCode, figure.annualWorkload]));
    expect(byCode).toEqual({
      curative_consultation: 10,
      maternal_health_consultation: 1,
      emergency_visit: 1,
      hospital_admission: 1,
      // 1 June 10:00 to 3 June 09:00: 47 hours, counted as 2 days.
      inpatient_day: 2,
      delivery: 1,
      teleexpertise_answer: 3,
    });
  });

  it('reads the previous year apart, and nothing where nothing happened', async () => {
    const previous = await listPlatformWisnWorkload(world.db, world.gstId, { from: '2024-01-01', to: '2025-01-01' });
    expect(previous.filter((figure) => figure.establishmentId === world.centre)).toEqual([
      { establishmentId: world.centre, activityCode: 'curative_consultation', annualWorkload: 2 },
    ]);
    expect(await listPlatformWisnWorkload(world.db, world.gstId, year2025, world.other)).toEqual([]);
  });
});

describe('listWisnActualStaff', () => {
  it('sums time shares of assignments in force on the day, per establishment and cadre', async () => {
    const staff = await listWisnActualStaff(world.db, world.gstId, '2025-12-31');
    const at = (id: string) => staff.filter((entry) => entry.establishmentId === id);
    expect(at(world.centre)).toEqual([
      { establishmentId: world.centre, cadre: 'general_practitioner', staffCount: 2.5 },
      { establishmentId: world.centre, cadre: 'polyvalent_nurse', staffCount: 1 },
    ]);
    expect(at(world.other)).toEqual([{ establishmentId: world.other, cadre: 'general_practitioner', staffCount: 0.5 }]);
  });

  it('still counts an assignment on its last day', async () => {
    const staff = await listWisnActualStaff(world.db, world.gstId, '2025-06-30', world.centre);
    expect(staff.find((entry) => entry.cadre === 'general_practitioner')?.staffCount).toBe(3.5);
  });
});
