import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Role, ScopeLevel, WisnStandard } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { buildStaffMember } from '../testing/staff-factories';
import { createTestContext, login, type TestContext, type TestSession } from '../testing/test-app';

/**
 * A general practitioner's standard for CSR-2 whose figures are easy to check: AWT = (260 − 55) × 8 = 1,640 h;
 * curative consultations 12 min (SW 8,200), tele-expertise answers 2 an hour (SW 3,280), school visits 30 min
 * (SW 3,280, entered by hand); meetings 82 h a year (5 %, CAF = 1 ÷ 0.95); head of centre 328 h (IAF 0.2).
 */
export const testGpStandard = (version = 1, overrides: Partial<WisnStandard> = {}): WisnStandard => ({
  cadre: 'general_practitioner',
  establishmentType: 'CSR-2',
  version,
  effectiveFrom: '2025-01-01',
  availableWorkingTime: {
    possibleWorkingDays: 260,
    publicHolidays: 13,
    annualLeave: 22,
    sickLeave: 5,
    otherLeave: 15,
    unauthorisedAbsence: 0,
    workingHoursPerDay: 8,
  },
  serviceStandards: [
    { kind: 'unit_time', activityCode: 'curative_consultation', label: 'Curative consultation', unitTimeMinutes: 12 },
    { kind: 'rate', activityCode: 'teleexpertise_answer', label: 'Tele-expertise answer', ratePerHour: 2 },
    { kind: 'unit_time', activityCode: 'school_health_visit', label: 'School health visit', unitTimeMinutes: 30 },
  ],
  categoryAllowances: [{ kind: 'hours_per_year', code: 'meetings', label: 'Meetings and reports', hoursPerYear: 82 }],
  individualAllowances: [{ code: 'head_of_centre', label: 'Head of the centre', hoursPerYear: 328, staffCount: 1 }],
  ...overrides,
});

export interface WisnWorld {
  context: TestContext;
  db: Db;
  gstId: string;
  /** A CSR-2 in Chefchaouen with known 2025 activity and staff (see `buildWisnWorld`). */
  centre: string;
  /** A CSR-2 in Ouezzane with no activity and one GP. */
  other: string;
  session(role: Role, scopeLevel: ScopeLevel, establishmentId?: string): Promise<TestSession>;
}

async function insertEncounter(db: Db, gstId: string, establishmentId: string, row: Record<string, string | null>) {
  const patient = await buildPatient(db, gstId);
  await db.execute(sql`insert into encounters (gst_id, id, patient_id, establishment_id, specialty_code, kind,
      started_at, ended_at, icd10_code)
    values (${gstId}, ${randomUUID()}, ${patient.id}, ${establishmentId}, ${row.specialtyCode ?? null}, ${row.kind},
      ${row.startedAt}::timestamptz, ${row.endedAt ?? null}::timestamptz, ${row.icd10 ?? null})`);
}

async function insertCareAct(db: Db, gstId: string, establishmentId: string, kind: string, performedAt: string) {
  await db.execute(sql`insert into care_acts (gst_id, id, kind, author_user_id, establishment_id, specialty_code,
      source_type, source_id, performed_at)
    values (${gstId}, ${randomUUID()}, ${kind}, ${randomUUID()}, ${establishmentId}, 'general_medicine',
      'teleexpertise_request', ${randomUUID()}, ${performedAt}::timestamptz)`);
}

/**
 * 2025 at the centre: 10 general consultations (plus 2 in 2024 and one on 1 January 2026 at 00:30 Morocco time, not
 * counted), 1 maternal-health consultation, 1 emergency, 1 delivery stay of 2 days, 3 tele-expertise answers.
 * Staff on 31 December 2025: 2 GPs full time, a GP of the other centre 50 % here, a nurse; a GP whose assignment ended
 * in June 2025 does not count.
 */
async function seedCentreActivity(db: Db, gstId: string, centre: string, other: string): Promise<void> {
  for (let day = 1; day <= 10; day += 1) {
    const startedAt = `2025-03-${String(day).padStart(2, '0')}T09:00:00Z`;
    await insertEncounter(db, gstId, centre, { kind: 'consultation', specialtyCode: 'general_medicine', startedAt });
  }
  for (const startedAt of ['2024-06-01T09:00:00Z', '2024-12-31T22:30:00Z', '2025-12-31T23:30:00Z']) {
    await insertEncounter(db, gstId, centre, { kind: 'consultation', specialtyCode: null, startedAt });
  }
  await insertEncounter(db, gstId, centre, {
    kind: 'consultation',
    specialtyCode: 'maternal_health',
    startedAt: '2025-04-01T10:00:00Z',
  });
  await insertEncounter(db, gstId, centre, { kind: 'emergency', startedAt: '2025-05-01T10:00:00Z' });
  await insertEncounter(db, gstId, centre, {
    kind: 'hospital_stay',
    specialtyCode: 'maternal_health',
    startedAt: '2025-06-01T10:00:00Z',
    endedAt: '2025-06-03T09:00:00Z',
    icd10: 'O80',
  });
  for (const performedAt of ['2025-02-01T10:00:00Z', '2025-02-02T10:00:00Z', '2025-02-03T10:00:00Z']) {
    await insertCareAct(db, gstId, centre, 'teleexpertise_answer', performedAt);
  }
  await buildStaffMember(db, gstId, centre, { cadre: 'general_practitioner' });
  await buildStaffMember(db, gstId, centre, { cadre: 'general_practitioner' });
  await buildStaffMember(db, gstId, centre, { cadre: 'polyvalent_nurse' });
  const shared = await buildStaffMember(db, gstId, other, { cadre: 'general_practitioner' });
  await db.execute(sql`update staff_assignments set time_share = 50 where id = ${shared.assignmentId}`);
  await db.execute(sql`insert into staff_assignments (gst_id, id, staff_member_id, establishment_id, kind, time_share,
      valid_from) values (${gstId}, ${randomUUID()}, ${shared.id}, ${centre}, 'additional', 50, '2025-01-01')`);
  const left = await buildStaffMember(db, gstId, centre, { cadre: 'general_practitioner' });
  await db.execute(sql`update staff_assignments set valid_to = '2025-06-30' where id = ${left.assignmentId}`);
}

/** Builds the world once per test file: a GST's two centres, their activity and staff, and sessions per role. */
export async function buildWisnWorld(): Promise<WisnWorld> {
  const context = await createTestContext();
  const db = context.handle.db;
  const gst = await gstOf(db, '01');
  const centre = (await buildEstablishment(db, gst.id, { type: 'CSR-2', provinceCode: '01.151' })).id;
  const other = (await buildEstablishment(db, gst.id, { type: 'CSR-2', provinceCode: '01.405' })).id;
  await seedCentreActivity(db, gst.id, centre, other);
  return {
    context,
    db,
    gstId: gst.id,
    centre,
    other,
    async session(role, scopeLevel, establishmentId) {
      const user = await buildUser(db, role, {
        scopeLevel,
        gstId: scopeLevel === 'national' ? null : gst.id,
        establishmentId: establishmentId ?? null,
      });
      return login(context.app, user.username, testPassword);
    },
  };
}
