import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moroccoDay } from '@tansiq/domain';
import { queryRows, type DatabaseHandle, type Db } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf, unique } from '../testing/factories';
import { buildStaffMember } from '../testing/staff-factories';
import { openTestDatabase } from '../testing/test-database';
import { seedDemoRosters } from './seed-demo-rosters';

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
});

afterAll(async () => {
  await handle.close();
});

describe('seedDemoRosters', () => {
  it('seeds the lines and a published roster of the month once, from the registry’s staff', async () => {
    // An empty GST of this file's own database (each test file works in a clone of the template).
    const gst = await gstOf(db, '11');
    await buildUser(db, 'hr_officer', { scopeLevel: 'gst', gstId: gst.id });
    const hospitals = await Promise.all(
      [1, 2].map(() =>
        buildEstablishment(db, gst.id, {
          type: 'CHP',
          level: 'secondary',
          provinceCode: '11.321',
          nameFr: `CHP ${unique()}`,
        }),
      ),
    );
    await db.execute(sql`update establishments set is_demo = true
      where gst_id = ${gst.id} and id = any(${sql.param(hospitals.map((hospital) => hospital.id))}::uuid[])`);
    for (const hospital of hospitals) {
      for (let index = 0; index < 6; index++) {
        await buildStaffMember(db, gst.id, hospital.id, { cadre: 'general_practitioner' });
      }
    }
    const now = new Date('2031-05-10T10:00:00Z');
    expect(await seedDemoRosters(db, gst.id, now)).toEqual({ lines: 3 });
    const rosters = await queryRows(
      db,
      sql`select r.month, r.status, count(s.*)::int as shifts, count(s.staff_member_id)::int as filled
        from rosters r join roster_shifts s on s.gst_id = r.gst_id and s.roster_id = r.id
        where r.gst_id = ${gst.id} group by r.month, r.status`,
    );
    expect(rosters).toEqual([{ month: moroccoDay(now).slice(0, 7), status: 'published', shifts: 93, filled: 62 }]);
    expect(await seedDemoRosters(db, gst.id, now)).toEqual({ lines: 0 });
  });
});
