import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { IncentiveRuleSetInput, Role } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { buildStaffMember } from '../testing/staff-factories';
import { login, type TestContext, type TestSession } from '../testing/test-app';

/** The demo-like rules: garde 450 MAD (×1.5 on weekends), astreinte 250, tele-expertise 100 (doctors), cap 1,500. */
export const worldRuleSet = (overrides: Partial<IncentiveRuleSetInput> = {}): IncentiveRuleSetInput => ({
  version: 1,
  effectiveMonth: '2030-01',
  monthlyCapCentimes: 150_000,
  rules: [
    { code: 'garde', label: 'Garde', activity: 'garde', amountCentimes: 45_000, weekendHolidayMultiplier: 1.5 },
    { code: 'astreinte', label: 'Astreinte', activity: 'astreinte', amountCentimes: 25_000 },
    {
      code: 'teleexpertise',
      label: 'Réponse de télé-expertise',
      activity: 'teleexpertise_answer',
      cadres: ['general_practitioner', 'specialist'],
      amountCentimes: 10_000,
    },
    { code: 'consultation', label: 'Consultation', activity: 'encounter', amountCentimes: 1_000 },
  ],
  ...overrides,
});

/** Inserts a published roster of one garde line at `establishmentId` for `month`, its shifts held by `staffMemberId`. */
export async function buildPublishedShifts(
  db: Db,
  target: { gstId: string; establishmentId: string; staffMemberId: string; month: string },
  days: { day: string; dayType: 'weekday' | 'weekend' | 'holiday' }[],
): Promise<string> {
  const lineId = randomUUID();
  const rosterId = randomUUID();
  const { gstId, month } = target;
  await db.execute(sql`insert into roster_lines (gst_id, id, name, kind, establishment_ids, shift_pattern)
    values (${gstId}, ${lineId}, ${`Garde ${lineId}`}, 'garde', ${sql.param([target.establishmentId])}::uuid[],
      '{}'::jsonb)`);
  await db.execute(sql`insert into rosters (gst_id, id, month, line_ids, line_key, status, published_at)
    values (${gstId}, ${rosterId}, ${month}, ${sql.param([lineId])}::uuid[], ${lineId}, 'published', now())`);
  for (const [index, { day, dayType }] of days.entries()) {
    await db.execute(sql`insert into roster_shifts (gst_id, roster_id, shift_id, line_id, day, day_type, starts_at,
        ends_at, staff_member_id)
      values (${gstId}, ${rosterId}, ${`s${index}`}, ${lineId}, ${day}, ${dayType}, ${`${day}T19:00:00Z`},
        ${`${day}T19:00:00Z`}::timestamptz + interval '12 hours', ${target.staffMemberId})`);
  }
  return rosterId;
}

/** Inserts tele-expertise answers authored by `userId` at the given instants; returns their act ids. */
export async function buildTeleexpertiseAnswers(
  db: Db,
  target: { gstId: string; establishmentId: string; userId: string },
  instants: string[],
): Promise<string[]> {
  const ids = instants.map(() => randomUUID());
  for (const [index, instant] of instants.entries()) {
    await db.execute(sql`insert into care_acts (gst_id, id, kind, author_user_id, establishment_id, specialty_code,
        source_type, source_id, performed_at)
      values (${target.gstId}, ${ids[index] ?? ''}, 'teleexpertise_answer', ${target.userId}, ${target.establishmentId},
        'cardiology', 'teleexpertise_request', ${randomUUID()}, ${instant})`);
  }
  return ids;
}

/** Inserts consultations recorded by `userId`; returns their ids. */
export async function buildConsultations(
  db: Db,
  target: { gstId: string; establishmentId: string; userId: string; patientId: string },
  instants: string[],
): Promise<string[]> {
  const ids = instants.map(() => randomUUID());
  for (const [index, instant] of instants.entries()) {
    await db.execute(sql`insert into encounters (gst_id, id, patient_id, establishment_id, kind, started_at, recorded_by)
      values (${target.gstId}, ${ids[index] ?? ''}, ${target.patientId}, ${target.establishmentId}, 'consultation',
        ${instant}, ${target.userId})`);
  }
  return ids;
}

/**
 * Two TTA establishments: a hospital with a physician (a specialist, with an account) and a health centre with a nurse;
 * sessions for the GST HR officer, the GST finance officer, the hospital's admin, the centre's admin, the physician,
 * and an HR officer of another GST. Activity is added per test, each in its own month.
 */
export async function buildIncentiveWorld(context: TestContext) {
  const db = context.handle.db;
  const tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  const hospital = await buildEstablishment(db, tta.id, { type: 'CHP', level: 'secondary' });
  const centre = await buildEstablishment(db, tta.id);
  const session = async (role: Role, scope: Parameters<typeof buildUser>[2]) => {
    const user = await buildUser(db, role, scope);
    return { userId: user.id, session: await login(context.app, user.username, testPassword) };
  };
  const physician = await session('physician', {
    scopeLevel: 'establishment',
    gstId: tta.id,
    establishmentId: hospital.id,
  });
  const doctor = await buildStaffMember(db, tta.id, hospital.id, { cadre: 'specialist', userId: physician.userId });
  const nurse = await buildStaffMember(db, tta.id, centre.id);
  const patient = await buildPatient(db, tta.id);
  const at = async (role: Role, establishmentId: string) =>
    (await session(role, { scopeLevel: 'establishment', gstId: tta.id, establishmentId })).session;
  return {
    db,
    tta,
    hospital,
    centre,
    doctor: { ...doctor, userId: physician.userId },
    nurse,
    patient,
    physician: physician.session,
    hr: (await session('hr_officer', { scopeLevel: 'gst', gstId: tta.id })).session,
    finance: (await session('finance_officer', { scopeLevel: 'gst', gstId: tta.id })).session,
    hospitalAdmin: await at('establishment_admin', hospital.id),
    centreAdmin: await at('establishment_admin', centre.id),
    orientalHr: (await session('hr_officer', { scopeLevel: 'gst', gstId: oriental.id })).session,
  };
}

export type IncentiveWorld = Awaited<ReturnType<typeof buildIncentiveWorld>>;
export type { TestSession };
