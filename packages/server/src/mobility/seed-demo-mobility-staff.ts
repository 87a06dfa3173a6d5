import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { toRegionalStaffId } from '@tansiq/domain';
import { queryRows, type Db } from '@tansiq/db';

/**
 * Links the demo nurse of CHP Chefchaouen (`infirmier.chefchaouen`) to a staff record with a primary assignment
 * there, so the mobility journey can be shown (issue #5 §5). Does nothing when the account already has a staff
 * record (the demo workforce of the staff registry then provides it).
 */
export async function seedDemoMobilityStaff(db: Db, gstId: string): Promise<void> {
  const [row] = await queryRows(
    db,
    sql`select u.id as user_id, e.id as establishment_id,
        exists (select 1 from staff_members m where m.gst_id = ${gstId} and m.user_id = u.id) as linked
      from users u join establishments e on e.gst_id = ${gstId} and e.code = 'TTA-H-022'
      where u.username = 'infirmier.chefchaouen'`,
  );
  if (!row || row.linked === true) {
    return;
  }
  const id = randomUUID();
  const staffNumber = toRegionalStaffId('TTA', 990_001);
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into staff_members (gst_id, id, staff_number, given_name_latin, family_name_latin,
        given_name_arabic, family_name_arabic, search_text, sex, birth_date, cadre, employment_status, employed_from,
        user_id, is_demo)
      values (${gstId}, ${id}, ${staffNumber}, 'Hicham', 'Tahiri', 'هشام', 'التاهري', 'hicham tahiri', 'male',
        '1990-04-12', 'polyvalent_nurse', 'civil_servant_transferred', '2016-01-04', ${row.user_id}, true)`);
    await tx.execute(sql`insert into staff_assignments (gst_id, id, staff_member_id, establishment_id, kind, time_share,
        valid_from)
      values (${gstId}, ${randomUUID()}, ${id}, ${row.establishment_id}, 'primary', 100, '2016-01-04')`);
  });
}
