import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle, type Db } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf } from '../testing/factories';
import { buildStaffMember } from '../testing/staff-factories';
import { openTestDatabase } from '../testing/test-database';
import { seedDemoMobilityRequests } from './seed-demo-mobility-requests';

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
});

afterAll(async () => {
  await handle.close();
});

async function named(userId: string, username: string) {
  await db.execute(sql`update users set username = ${username} where id = ${userId}`);
}

describe('seedDemoMobilityRequests', () => {
  it('raises pending, approved and rejected mobilities through the approvals, backdated, once', async () => {
    const gst = await gstOf(db, '01');
    const province = { provinceCode: '01.151' };
    const origin = await buildEstablishment(db, gst.id, { type: 'CHP', level: 'secondary', ...province });
    await buildEstablishment(db, gst.id, { type: 'CHP', level: 'secondary', provinceCode: '01.405' });
    await buildEstablishment(db, gst.id, { type: 'CHR', level: 'tertiary', provinceCode: '01.511' });
    await buildEstablishment(db, gst.id, { type: 'CSR-2', level: 'primary', ...province });
    const director = await buildUser(db, 'establishment_admin', {
      scopeLevel: 'establishment',
      gstId: gst.id,
      establishmentId: origin.id,
    });
    await named(director.id, 'admin.chp.chefchaouen');
    await named((await buildUser(db, 'hr_officer', { scopeLevel: 'gst', gstId: gst.id })).id, 'rh.tta');
    for (const cadre of ['midwife', 'polyvalent_nurse', 'polyvalent_nurse', 'polyvalent_nurse', 'polyvalent_nurse']) {
      await buildStaffMember(db, gst.id, origin.id, { cadre: cadre as 'midwife' | 'polyvalent_nurse' });
    }
    await buildStaffMember(db, gst.id, origin.id, { cadre: 'general_practitioner' });
    const now = new Date('2026-12-07T10:00:00Z');

    expect(await seedDemoMobilityRequests(db, gst.id, now)).toBe(6);
    const requests = await queryRows(
      db,
      sql`select r.status, r.subject->>'kind' as kind,
          round(extract(epoch from (r.decided_at - r.submitted_at)) / 3600) as hours,
          (select count(*)::int from staff_assignments a where a.gst_id = r.gst_id and a.source_request_id = r.id)
            as created
        from approval_requests r where r.gst_id = ${gst.id} order by r.submitted_at`,
    );
    expect(requests).toEqual([
      // The additional assignment at the destination, and the primary post split around it (reduced, then whole).
      { status: 'approved', kind: 'temporary_mission', hours: '52', created: 3 },
      { status: 'approved', kind: 'campaign_pooling', hours: '20', created: 3 },
      { status: 'rejected', kind: 'temporary_mission', hours: '96', created: 0 },
      ...['temporary_mission', 'campaign_pooling', 'secondment'].map((kind) => ({
        status: 'pending',
        kind,
        hours: null,
        created: 0,
      })),
    ]);
    const events = await queryRows(
      db,
      sql`select count(*)::int as n from approval_events e join approval_requests r
          on r.gst_id = e.gst_id and r.id = e.request_id
        where e.gst_id = ${gst.id} and e.occurred_at > r.decided_at`,
    );
    expect(events).toEqual([{ n: 0 }]);
    expect(await seedDemoMobilityRequests(db, gst.id, now)).toBe(0);
  });
});
