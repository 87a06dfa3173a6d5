import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Cadre, Role } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';
import { buildStaffMember } from '../testing/staff-factories';
import { login, type TestContext, type TestSession } from '../testing/test-app';

/** Records leave for a staff member, days inclusive. */
export async function buildStaffLeave(db: Db, gstId: string, staffMemberId: string, startsOn: string, endsOn: string) {
  await db.execute(sql`insert into staff_leaves (gst_id, id, staff_member_id, kind, starts_on, ends_on)
    values (${gstId}, ${randomUUID()}, ${staffMemberId}, 'annual', ${startsOn}, ${endsOn})`);
}

/** Adds a part-time assignment of a staff member at another establishment. */
export async function buildAdditionalAssignment(
  db: Db,
  gstId: string,
  staffMemberId: string,
  establishmentId: string,
  timeShare: number,
) {
  await db.execute(sql`insert into staff_assignments (gst_id, id, staff_member_id, establishment_id, kind, time_share,
      valid_from)
    values (${gstId}, ${randomUUID()}, ${staffMemberId}, ${establishmentId}, 'additional', ${timeShare}, '2020-01-01')`);
}

/**
 * Two TTA hospitals with general practitioners (five at A, three at B, one of A linked to a nurse's account), a
 * hospital of another GST, and a session per role that matters.
 */
export async function buildRosterWorld(context: TestContext) {
  const db = context.handle.db;
  const tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  const hospitalA = await buildEstablishment(db, tta.id, { type: 'CHP', level: 'secondary' });
  const hospitalB = await buildEstablishment(db, tta.id, { type: 'HP', level: 'secondary' });
  const orientalHospital = await buildEstablishment(db, oriental.id, { provinceCode: '02.411' });
  const session = async (role: Role, scope: Parameters<typeof buildUser>[2]): Promise<TestSession> => {
    const user = await buildUser(db, role, scope);
    return login(context.app, user.username, testPassword);
  };
  const nurseA = await session('nurse', { scopeLevel: 'establishment', gstId: tta.id, establishmentId: hospitalA.id });
  const doctor = (establishmentId: string, overrides: { userId?: string; cadre?: Cadre } = {}) =>
    buildStaffMember(db, tta.id, establishmentId, {
      cadre: overrides.cadre ?? 'general_practitioner',
      familyNameLatin: `Doc${unique()}`,
      ...(overrides.userId ? { userId: overrides.userId } : {}),
    });
  const staffA = [
    await doctor(hospitalA.id, { userId: nurseA.userId }),
    ...(await Promise.all([1, 2, 3, 4].map(() => doctor(hospitalA.id)))),
  ];
  const staffB = await Promise.all([1, 2, 3].map(() => doctor(hospitalB.id)));
  return {
    tta,
    oriental,
    hospitalA,
    hospitalB,
    orientalHospital,
    staffA,
    staffB,
    nurseA,
    gstHr: await session('hr_officer', { scopeLevel: 'gst', gstId: tta.id }),
    adminA: await session('establishment_admin', {
      scopeLevel: 'establishment',
      gstId: tta.id,
      establishmentId: hospitalA.id,
    }),
    gstAdmin: await session('gst_admin', { scopeLevel: 'gst', gstId: tta.id }),
    orientalHr: await session('hr_officer', { scopeLevel: 'gst', gstId: oriental.id }),
  };
}

export type RosterWorld = Awaited<ReturnType<typeof buildRosterWorld>>;

/** A valid body for a new emergency garde line at `establishmentIds`. */
export const lineInput = (gstId: string, establishmentIds: string[], overrides: Record<string, unknown> = {}) => ({
  gstId,
  name: `Garde urgences ${unique()}`,
  kind: 'garde',
  establishmentIds,
  specialtyCode: 'emergency',
  requiredCadres: ['general_practitioner'],
  ...overrides,
});
