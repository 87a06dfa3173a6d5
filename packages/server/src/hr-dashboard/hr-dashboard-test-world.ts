import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Role, ScopeLevel } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildStaffMember, type StaffOverrides } from '../testing/staff-factories';
import { createTestContext, login, type TestContext, type TestSession } from '../testing/test-app';

/**
 * A small TTA world whose dashboard for March 2026 is worked out by hand in hr-dashboard-routes.test.ts: a CHP (H)
 * and a CSR-2 (B) in Chefchaouen, a CSR-2 (O) in Ouezzane, their staff, budgeted posts, approval requests and
 * rosters. Counted on 31 March 2026.
 */
export interface HrDashboardWorld {
  context: TestContext;
  db: Db;
  gstId: string;
  hospital: string;
  centre: string;
  ouezzane: string;
  requests: Record<'missionApproved' | 'missionPending' | 'returned' | 'rejected' | 'purchase', string>;
  lines: Record<'hospitalGarde' | 'pooledAstreinte' | 'centreGarde', string>;
  session(
    role: Role,
    scopeLevel: ScopeLevel,
    extra?: { establishmentId?: string; provinceCode?: string },
  ): Promise<TestSession>;
}

async function staff(db: Db, gstId: string, establishmentId: string, cadres: StaffOverrides['cadre'][]) {
  const built = [];
  for (const cadre of cadres) {
    built.push(await buildStaffMember(db, gstId, establishmentId, { ...(cadre ? { cadre } : {}) }));
  }
  return built;
}

/**
 * H: 2 GPs, a specialist, 3 polyvalent nurses, a midwife, a technician, an administrative agent (9), plus a GP whose
 * employment ended on 15 March (not counted). B: a GP (also 50 % at O) and a midwife. O: a GP and 2 nurses, plus a GP
 * whose assignment ended in February and a nurse employed from April (neither counted).
 */
async function seedStaff(db: Db, gstId: string, ids: { hospital: string; centre: string; ouezzane: string }) {
  const hospitalStaff = await staff(db, gstId, ids.hospital, [
    'general_practitioner',
    'general_practitioner',
    'specialist',
    'polyvalent_nurse',
    'polyvalent_nurse',
    'polyvalent_nurse',
    'midwife',
    'health_technician',
    'administrative',
  ]);
  const [leaver] = await staff(db, gstId, ids.hospital, ['general_practitioner']);
  await db.execute(sql`update staff_members set employed_to = '2026-03-15' where id = ${leaver?.id}`);
  await db.execute(sql`update staff_assignments set valid_to = '2026-03-15' where id = ${leaver?.assignmentId}`);
  const [sharedGp] = await staff(db, gstId, ids.centre, ['general_practitioner', 'midwife']);
  await db.execute(sql`insert into staff_assignments (gst_id, id, staff_member_id, establishment_id, kind, time_share,
      valid_from) values (${gstId}, ${randomUUID()}, ${sharedGp?.id}, ${ids.ouezzane}, 'additional', 50, '2025-01-01')`);
  await staff(db, gstId, ids.ouezzane, ['general_practitioner', 'polyvalent_nurse', 'polyvalent_nurse']);
  const [moved] = await staff(db, gstId, ids.ouezzane, ['general_practitioner']);
  await db.execute(sql`update staff_assignments set valid_to = '2026-02-28' where id = ${moved?.assignmentId}`);
  await buildStaffMember(db, gstId, ids.ouezzane, { cadre: 'polyvalent_nurse', employedFrom: '2026-04-01' });
  return hospitalStaff;
}

/** Budgeted posts: H 4 GPs and 2 nurses; B 3 midwives; O 2 GPs. */
async function seedPosts(db: Db, gstId: string, ids: { hospital: string; centre: string; ouezzane: string }) {
  const posts: [string, string, number][] = [
    [ids.hospital, 'general_practitioner', 4],
    [ids.hospital, 'polyvalent_nurse', 2],
    [ids.centre, 'midwife', 3],
    [ids.ouezzane, 'general_practitioner', 2],
  ];
  for (const [establishmentId, cadre, count] of posts) {
    await db.execute(sql`insert into budgeted_posts (gst_id, establishment_id, specialty_code, cadre, posts)
      values (${gstId}, ${establishmentId}, '', ${cadre}, ${count})`);
  }
}

async function insertRequest(
  db: Db,
  gstId: string,
  requesterUserId: string,
  row: {
    type?: string;
    status: string;
    origin: string;
    destination: string | null;
    submitted: string;
    decided?: string;
  },
): Promise<string> {
  const id = randomUUID();
  await db.execute(sql`insert into approval_requests (gst_id, id, type, subject, requester_user_id,
      origin_establishment_id, destination_establishment_id, status, first_submitted_at, submitted_at, decided_at,
      withdrawn_at)
    values (${gstId}, ${id}, ${row.type ?? 'mobility'}, '{}'::jsonb, ${requesterUserId}, ${row.origin},
      ${row.destination}, ${row.status}, ${row.submitted}::timestamptz, ${row.submitted}::timestamptz,
      ${row.decided ?? null}::timestamptz, ${row.status === 'withdrawn' ? row.submitted : null}::timestamptz)`);
  return id;
}

/** Requests of the window April 2025 – March 2026, and one before it. */
async function seedRequests(
  db: Db,
  gstId: string,
  userId: string,
  ids: { hospital: string; centre: string; ouezzane: string },
) {
  const { hospital, centre, ouezzane } = ids;
  const add = (row: Parameters<typeof insertRequest>[3]) => insertRequest(db, gstId, userId, row);
  const requests = {
    // 48 h; Tuesday 3 and Wednesday 4 March are working days: 2 working days.
    missionApproved: await add({
      status: 'approved',
      origin: hospital,
      destination: ouezzane,
      submitted: '2026-03-02T08:00:00Z',
      decided: '2026-03-04T08:00:00Z',
    }),
    missionPending: await add({
      status: 'pending',
      origin: hospital,
      destination: ouezzane,
      submitted: '2026-03-20T10:00:00Z',
    }),
    returned: await add({
      status: 'returned',
      origin: centre,
      destination: hospital,
      submitted: '2026-02-10T10:00:00Z',
    }),
    // 96 h, Monday 5 to Friday 9 January: 4 working days.
    rejected: await add({
      status: 'rejected',
      origin: ouezzane,
      destination: hospital,
      submitted: '2026-01-05T08:00:00Z',
      decided: '2026-01-09T08:00:00Z',
    }),
    // 4 h the same day.
    purchase: await add({
      type: 'purchase',
      status: 'approved',
      origin: hospital,
      destination: null,
      submitted: '2026-03-09T08:00:00Z',
      decided: '2026-03-09T12:00:00Z',
    }),
  };
  await add({
    status: 'approved',
    origin: hospital,
    destination: centre,
    submitted: '2025-03-15T10:00:00Z',
    decided: '2025-03-16T10:00:00Z',
  });
  await add({ status: 'withdrawn', origin: hospital, destination: ouezzane, submitted: '2026-03-10T10:00:00Z' });
  return requests;
}

async function insertLine(
  db: Db,
  gstId: string,
  name: string,
  kind: string,
  establishmentIds: string[],
  active = true,
) {
  const id = randomUUID();
  await db.execute(sql`insert into roster_lines (gst_id, id, name, kind, establishment_ids, shift_pattern, is_active)
    values (${gstId}, ${id}, ${name}, ${kind}, ${sql.param(establishmentIds)}::uuid[], '{}'::jsonb, ${active})`);
  return id;
}

async function insertRoster(db: Db, gstId: string, lineId: string, status: string, holders: [string, string | null][]) {
  const rosterId = randomUUID();
  await db.execute(sql`insert into rosters (gst_id, id, month, line_ids, line_key, status)
    values (${gstId}, ${rosterId}, '2026-03', ${sql.param([lineId])}::uuid[], ${lineId}, ${status})`);
  for (const [day, staffMemberId] of holders) {
    await db.execute(sql`insert into roster_shifts (gst_id, roster_id, shift_id, line_id, day, day_type, starts_at,
        ends_at, staff_member_id)
      values (${gstId}, ${rosterId}, ${`${lineId}:${day}`}, ${lineId}, ${day}, 'weekday', ${`${day}T19:00:00Z`}::timestamptz,
        ${`${day}T23:00:00Z`}::timestamptz, ${staffMemberId})`);
  }
}

/**
 * The hospital's garde (3 shifts in March, 2 unfilled on the 2nd and 5th), an astreinte pooled between H and O (2
 * shifts, filled, published), the centre's garde without a March roster, and an inactive line at O (not listed).
 */
async function seedRosters(
  db: Db,
  gstId: string,
  ids: { hospital: string; centre: string; ouezzane: string },
  holder: string,
) {
  const lines = {
    hospitalGarde: await insertLine(db, gstId, 'Garde urgences H', 'garde', [ids.hospital]),
    pooledAstreinte: await insertLine(db, gstId, 'Astreinte anesthésie H-O', 'astreinte', [ids.hospital, ids.ouezzane]),
    centreGarde: await insertLine(db, gstId, 'Garde maternité B', 'garde', [ids.centre]),
  };
  await insertLine(db, gstId, 'Ancienne garde O', 'garde', [ids.ouezzane], false);
  await insertRoster(db, gstId, lines.hospitalGarde, 'draft', [
    ['2026-03-01', holder],
    ['2026-03-02', null],
    ['2026-03-05', null],
  ]);
  await insertRoster(db, gstId, lines.pooledAstreinte, 'published', [
    ['2026-03-01', holder],
    ['2026-03-02', holder],
  ]);
  return lines;
}

/** Builds the world once per test file. */
export async function buildHrDashboardWorld(): Promise<HrDashboardWorld> {
  const context = await createTestContext();
  const db = context.handle.db;
  const gst = await gstOf(db, '01');
  const ids = {
    hospital: (await buildEstablishment(db, gst.id, { type: 'CHP', level: 'secondary', provinceCode: '01.151' })).id,
    centre: (await buildEstablishment(db, gst.id, { type: 'CSR-2', provinceCode: '01.151' })).id,
    ouezzane: (await buildEstablishment(db, gst.id, { type: 'CSR-2', provinceCode: '01.405' })).id,
  };
  const hospitalStaff = await seedStaff(db, gst.id, ids);
  await seedPosts(db, gst.id, ids);
  const requester = await buildUser(db, 'establishment_admin', {
    scopeLevel: 'establishment',
    gstId: gst.id,
    establishmentId: ids.hospital,
  });
  const requests = await seedRequests(db, gst.id, requester.id, ids);
  const lines = await seedRosters(db, gst.id, ids, hospitalStaff[0]?.id ?? '');
  return {
    context,
    db,
    gstId: gst.id,
    ...ids,
    requests,
    lines,
    async session(role, scopeLevel, extra = {}) {
      const user = await buildUser(db, role, {
        scopeLevel,
        gstId: scopeLevel === 'national' ? null : gst.id,
        establishmentId: extra.establishmentId ?? null,
        provinceCode: extra.provinceCode ?? null,
      });
      return login(context.app, user.username, testPassword);
    },
  };
}
