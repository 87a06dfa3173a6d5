import { sql } from 'drizzle-orm';
import type { Role } from '@tansiq/domain';
import { queryRows } from '@tansiq/db';
import { login, type TestContext, type TestSession } from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';
import { buildStaffMember } from '../testing/staff-factories';

/** A TTA hospital and health centre, a closed establishment, staff in both, and a session per role that matters. */
export async function buildStaffWorld(context: TestContext) {
  const db = context.handle.db;
  const tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  const hospital = await buildEstablishment(db, tta.id, { type: 'CHP', level: 'secondary', nameFr: `CHP ${unique()}` });
  const healthCentre = await buildEstablishment(db, tta.id);
  const closed = await buildEstablishment(db, tta.id, {
    status: 'closed',
    closedOn: '2024-06-30',
    closureReason: 'Regroupé',
  });
  const session = async (role: Role, scope: Parameters<typeof buildUser>[2]) => {
    const user = await buildUser(db, role, scope);
    return { user, session: await login(context.app, user.username, testPassword) };
  };
  const at = (role: Role, establishmentId: string) =>
    session(role, { scopeLevel: 'establishment', gstId: tta.id, establishmentId });
  const nurse = await at('nurse', hospital.id);
  const hospitalNurse = await buildStaffMember(db, tta.id, hospital.id, {
    userId: nurse.user.id,
    familyNameLatin: `Alaoui${unique()}`,
  });
  const centreDoctor = await buildStaffMember(db, tta.id, healthCentre.id, {
    cadre: 'general_practitioner',
    familyNameLatin: `Bennani${unique()}`,
  });
  return {
    tta,
    oriental,
    hospital,
    healthCentre,
    closed,
    hospitalNurse,
    centreDoctor,
    nurse: nurse.session,
    hr: (await session('hr_officer', { scopeLevel: 'gst', gstId: tta.id })).session,
    hospitalAdmin: (await at('establishment_admin', hospital.id)).session,
    centrePhysician: (await at('physician', healthCentre.id)).session,
    analyst: (await session('analyst', { scopeLevel: 'gst', gstId: tta.id })).session,
    orientalHr: (await session('hr_officer', { scopeLevel: 'gst', gstId: oriental.id })).session,
  };
}

export type StaffWorld = Awaited<ReturnType<typeof buildStaffWorld>>;

/** How many audit events of an action name this entity (reads and writes are audited in their transaction). */
export async function countAudit(context: TestContext, action: string, entityId: string | null): Promise<number> {
  const [row] = await queryRows(
    context.handle.db,
    sql`select count(*)::int as n from audit_events where action = ${action}
      and (${entityId}::text is null or entity_id = ${entityId}::text)`,
  );
  return Number(row?.n ?? 0);
}

/** A unique suffix of letters only (staff names hold no digits). */
export const uniqueLetters = (): string => unique().replace(/\d/g, (digit) => 'ABCDEFGHIJ'.charAt(Number(digit)));

/** A valid new staff member (a midwife), with a unique CIN. */
export const newMember = (overrides: Record<string, unknown> = {}) => ({
  givenNameLatin: 'Nadia',
  familyNameLatin: `Tazi${uniqueLetters().toLowerCase()}`,
  cin: `K${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
  sex: 'female',
  birthDate: '1990-03-12',
  cadre: 'midwife',
  employmentStatus: 'gst_contract',
  employedFrom: '2020-01-01',
  ...overrides,
});

export type { TestSession };
