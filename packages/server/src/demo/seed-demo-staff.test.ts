import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffMemberInputSchema, diffEstablishmentStates, type EstablishmentState } from '@tansiq/domain';
import {
  listAllStaffMembers,
  queryRows,
  readTtaCommunes,
  ttaHospitals,
  withCommunes,
  writeEstablishments,
  type DatabaseHandle,
  type Db,
} from '@tansiq/db';
import { gstOf } from '../testing/factories';
import { openTestDatabase } from '../testing/test-database';
import { staffFieldsOf } from '../staff/staff-fields';
import { apportion } from './seed-demo-staff-plan';
import { seedDemoStaff } from './seed-demo-staff';

const referenceDataDir = resolve(import.meta.dirname, '../../../../reference-data/morocco');
const now = new Date('2026-12-07T10:00:00Z');
const ttaPopulation = 4_030_000;

let handle: DatabaseHandle;
let db: Db;
let tta: { id: string };
let report: Awaited<ReturnType<typeof seedDemoStaff>>;

const countWhere = async (condition: ReturnType<typeof sql>): Promise<number> => {
  const [row] = await queryRows(
    db,
    sql`select count(*)::int as n from staff_members m where m.gst_id = ${tta.id} and m.is_demo and ${condition}`,
  );
  return Number(row?.n ?? 0);
};

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  tta = await gstOf(db, '01');
  // Codes of their own: on the PostgreSQL server every test file shares one database.
  const writes = withCommunes(ttaHospitals, readTtaCommunes(referenceDataDir)).map((seed) => {
    const closed = seed.status === 'closed';
    const state: EstablishmentState = {
      ...seed,
      code: `STF-${seed.code}`,
      closedOn: closed ? '2024-12-31' : null,
      closureReason: closed ? 'Services transférés' : null,
    };
    const changes = diffEstablishmentStates(null, state);
    const provenance = { isDemo: true, isGenerated: false, osmId: seed.osmId };
    return { id: randomUUID(), version: 1, state, action: 'created' as const, changes, provenance };
  });
  await db.transaction((tx) => writeEstablishments(tx, tta.id, writes, null));
  report = await seedDemoStaff(db, tta.id, now);
}, 120_000);

afterAll(async () => {
  await handle.close();
});

describe('apportion', () => {
  it('splits a total by weights with counts that add up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
    expect(apportion(7, [3, 0, 1]).reduce((a, b) => a + b, 0)).toBe(7);
  });
});

describe('seedDemoStaff', () => {
  it('generates a workforce at the national densities per 10,000 inhabitants', async () => {
    expect(report.seeded).toBe(true);
    const doctors = await countWhere(sql`m.cadre in ('general_practitioner', 'specialist')`);
    const paramedical = await countWhere(
      sql`m.cadre in ('polyvalent_nurse', 'specialised_nurse', 'midwife', 'health_technician')`,
    );
    expect((doctors / ttaPopulation) * 10_000).toBeCloseTo(4.2, 1);
    expect((paramedical / ttaPopulation) * 10_000).toBeCloseTo(10.9, 1);
    expect(await countWhere(sql`m.cadre in ('administrative', 'technical')`)).toBeGreaterThan(1_000);
  });

  it('staffs every primary care establishment with at least one polyvalent nurse', async () => {
    const [row] = await queryRows(
      db,
      sql`select count(*)::int as unstaffed from establishments e
        where e.gst_id = ${tta.id} and e.status = 'active' and e.type in ('DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2')
          and not exists (select 1 from staff_assignments a join staff_members m on m.gst_id = a.gst_id
            and m.id = a.staff_member_id
            where a.gst_id = e.gst_id and a.establishment_id = e.id and m.cadre = 'polyvalent_nurse')`,
    );
    expect(row?.unstaffed).toBe(0);
  });

  it('gives about 5 % a second establishment, leave now and next month, and budgeted posts with vacancies', async () => {
    const multi = await countWhere(
      sql`(select count(*) from staff_assignments a where a.gst_id = m.gst_id and a.staff_member_id = m.id) > 1`,
    );
    expect(multi / report.staff).toBeGreaterThan(0.03);
    expect(multi / report.staff).toBeLessThan(0.07);
    const onLeaveToday = await countWhere(
      sql`exists (select 1 from staff_leaves l where l.gst_id = m.gst_id and l.staff_member_id = m.id and l.starts_on <= '2026-12-07' and l.ends_on >= '2026-12-07')`,
    );
    const nextMonth = await countWhere(
      sql`exists (select 1 from staff_leaves l where l.gst_id = m.gst_id and l.staff_member_id = m.id and l.starts_on >= '2027-01-01' and l.starts_on < '2027-02-01')`,
    );
    expect(onLeaveToday).toBeGreaterThan(100);
    expect(nextMonth).toBeGreaterThan(200);
    const [posts] = await queryRows(db, sql`select count(*)::int as n from budgeted_posts where gst_id = ${tta.id}`);
    expect(Number(posts?.n)).toBe(report.budgetedPosts);
  });

  it('writes records that the registry forms would accept (so exports re-import)', async () => {
    const members = (await listAllStaffMembers(db, tta.id)).filter((member) => member.staffId.startsWith('TTA-S-'));
    for (const member of members.slice(0, 300)) {
      const fields = { ...staffFieldsOf(member), userId: null };
      expect(createStaffMemberInputSchema.safeParse(fields).success, member.staffId).toBe(true);
    }
  });

  it('runs once', async () => {
    expect((await seedDemoStaff(db, tta.id, now)).seeded).toBe(false);
  });
});
