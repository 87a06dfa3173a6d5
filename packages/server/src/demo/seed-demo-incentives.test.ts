import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { moroccoDay } from '@tansiq/domain';
import { listIncentiveRuleSetVersions, queryRows, type DatabaseHandle } from '@tansiq/db';
import { buildPublishedShifts } from '../incentives/incentive-test-world';
import { buildEstablishment, gstOf } from '../testing/factories';
import { buildStaffMember } from '../testing/staff-factories';
import { openTestDatabase } from '../testing/test-database';
import { seedDemoIncentives } from './seed-demo-incentives';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
}, 60_000);

afterAll(async () => {
  await handle.close();
});

describe('seedDemoIncentives', () => {
  it('stores the demo rules, computes the current month from published shifts, and runs once', async () => {
    const db = handle.db;
    const gst = await gstOf(db, '12');
    const hospital = await buildEstablishment(db, gst.id, { type: 'CHP', level: 'secondary' });
    const doctor = await buildStaffMember(db, gst.id, hospital.id, { cadre: 'general_practitioner' });
    const now = new Date('2031-06-15T10:00:00Z');
    const month = moroccoDay(now).slice(0, 7);
    await buildPublishedShifts(db, { gstId: gst.id, establishmentId: hospital.id, staffMemberId: doctor.id, month }, [
      { day: '2031-06-02', dayType: 'weekday' },
      { day: '2031-06-07', dayType: 'weekend' },
    ]);
    expect(await seedDemoIncentives(db, gst.id, now)).toEqual({ ruleSets: 1, statements: 1 });
    expect(await seedDemoIncentives(db, gst.id, now)).toEqual({ ruleSets: 0, statements: 0 });
    const [version] = await listIncentiveRuleSetVersions(db, gst.id);
    expect(version?.ruleSet).toMatchObject({ effectiveMonth: '2031-01', monthlyCapCentimes: 600_000 });
    expect(version?.ruleSet.rules.every((rule) => rule.label.includes('démonstration'))).toBe(true);
    const [statement] = await queryRows(
      db,
      sql`select total_centimes, status, is_demo from incentive_statements where gst_id = ${gst.id}`,
    );
    expect(statement).toMatchObject({ total_centimes: 45_000 + 67_500, status: 'computed', is_demo: true });
  });
});
