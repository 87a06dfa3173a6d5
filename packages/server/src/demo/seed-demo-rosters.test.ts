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
  it('seeds the lines and published rosters of this month and the next once, from the registry’s staff', async () => {
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
    // The demo nurse's account, linked to a nurse of the first hospital, and five colleagues: the nursing line's team.
    const account = await buildUser(db, 'nurse', {
      scopeLevel: 'establishment',
      gstId: gst.id,
      establishmentId: hospitals[0]?.id,
    });
    await db.execute(sql`update users set username = 'infirmier.chefchaouen' where id = ${account.id}`);
    const nurse = await buildStaffMember(db, gst.id, hospitals[0]?.id ?? '', { userId: account.id });
    for (let index = 0; index < 6; index++) {
      await buildStaffMember(db, gst.id, hospitals[0]?.id ?? '', { cadre: 'polyvalent_nurse' });
    }
    const now = new Date('2031-05-10T10:00:00Z');
    expect(await seedDemoRosters(db, gst.id, now)).toEqual({ lines: 4 });
    const rosters = await queryRows(
      db,
      sql`select r.month, r.status, count(s.*)::int as shifts, count(s.staff_member_id)::int as filled
        from rosters r join roster_shifts s on s.gst_id = r.gst_id and s.roster_id = r.id
        where r.gst_id = ${gst.id} group by r.month, r.status order by r.month`,
    );
    // Two emergency gardes filled, the anaesthesia astreinte without specialists (gaps), the nursing garde filled.
    expect(moroccoDay(now).slice(0, 7)).toBe('2031-05');
    expect(rosters).toEqual([
      { month: '2031-05', status: 'published', shifts: 124, filled: 93 },
      { month: '2031-06', status: 'published', shifts: 120, filled: 90 },
    ]);
    const team = await queryRows(
      db,
      sql`select cardinality(eligible_staff_ids) as size, ${nurse.id}::uuid = any(eligible_staff_ids) as with_nurse,
          (select count(*)::int from roster_shifts s where s.gst_id = l.gst_id and s.line_id = l.id
            and s.staff_member_id = ${nurse.id}) as nurse_shifts
        from roster_lines l where l.gst_id = ${gst.id} and l.required_cadres = '{polyvalent_nurse}'`,
    );
    expect(team).toEqual([{ size: 6, with_nurse: true, nurse_shifts: expect.any(Number) }]);
    expect(Number(team[0]?.nurse_shifts)).toBeGreaterThanOrEqual(6);
    expect(await seedDemoRosters(db, gst.id, now)).toEqual({ lines: 0 });
  });
});
