import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { orderPair, type PatientDemographics } from '@tansiq/domain';
import { insertMatchCandidates, queryRows, type Db } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { createTestContext, login, type TestContext, type TestSession } from '../testing/test-app';

/** The world of the duplicate route tests: TTA with an establishment, its reviewers and outsiders. */
export interface DuplicateWorld {
  context: TestContext;
  db: Db;
  tta: { id: string };
  oriental: { id: string };
  establishmentId: string;
  gstAdmin: TestSession;
  nurse: TestSession;
  orientalAdmin: TestSession;
  nationalAdmin: TestSession;
}

/** Builds the app on a test database with a TTA administrator, a TTA nurse and administrators of elsewhere. */
export async function buildDuplicateWorld(): Promise<DuplicateWorld> {
  const context = await createTestContext();
  const db = context.handle.db;
  const tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  const establishmentId = (await buildEstablishment(db, tta.id)).id;
  const users = {
    gstAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id }),
    nurse: await buildUser(db, 'nurse', { scopeLevel: 'establishment', gstId: tta.id, establishmentId }),
    orientalAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: oriental.id }),
    nationalAdmin: await buildUser(db, 'national_admin', { scopeLevel: 'national' }),
  };
  const signIn = (user: { username: string }) => login(context.app, user.username, testPassword);
  return {
    context,
    db,
    tta,
    oriental,
    establishmentId,
    gstAdmin: await signIn(users.gstAdmin),
    nurse: await signIn(users.nurse),
    orientalAdmin: await signIn(users.orientalAdmin),
    nationalAdmin: await signIn(users.nationalAdmin),
  };
}

/**
 * Two registrations of one man at the world's establishment, the first one older and less complete, queued as a
 * pending pair. Returns their ids (`older` first) and the pair's URL.
 */
export async function buildQueuedPair(
  world: DuplicateWorld,
  options: { probability?: number; gstId?: string; older?: Partial<PatientDemographics> } = {},
) {
  const gstId = options.gstId ?? world.tta.id;
  const establishmentId = gstId === world.tta.id ? world.establishmentId : undefined;
  const older = await buildPatient(world.db, gstId, {
    overrides: {
      givenNameLatin: 'Mohamed',
      familyNameLatin: 'El Amrani',
      birthDate: '1961',
      sex: 'male',
      ...options.older,
    },
    ...(establishmentId ? { establishmentId } : {}),
  });
  const newer = await buildPatient(world.db, gstId, {
    overrides: {
      givenNameLatin: 'Mohammed',
      familyNameLatin: 'Amrani',
      givenNameArabic: 'محمد',
      familyNameArabic: 'العمراني',
      sex: 'male',
      birthDate: '1961-04-02',
      cin: 'LB123456',
      phones: ['0661234567'],
    },
    ...(establishmentId ? { establishmentId } : {}),
  });
  await insertMatchCandidates(world.db, gstId, [
    {
      patientIds: [older.id, newer.id],
      probability: options.probability ?? 0.93,
      reasons: [
        { field: 'given_name', level: 'phonetic', weight: 4.2 },
        { field: 'birth_date', level: 'same_year_imprecise', weight: 1.5 },
      ],
      source: 'registration',
    },
  ]);
  const { patientAId, patientBId } = orderPair(older.id, newer.id);
  return { older, newer, patientAId, patientBId, url: `/api/duplicates/${patientAId}/${patientBId}` };
}

/** The stored row of a pair. */
export async function pairRow(db: Db, gstId: string, a: string, b: string) {
  const pair = orderPair(a, b);
  const [row] = await queryRows(
    db,
    sql`select status, version, decided_by from match_candidates
      where gst_id = ${gstId} and patient_a_id = ${pair.patientAId} and patient_b_id = ${pair.patientBId}`,
  );
  return row;
}

/** The blocking keys a patient holds in the index. */
export async function matchKeysOf(db: Db, gstId: string, patientId: string): Promise<string[]> {
  const rows = await queryRows(
    db,
    sql`select key from patient_match_keys where gst_id = ${gstId} and patient_id = ${patientId} order by key`,
  );
  return rows.map((row) => String(row.key));
}

/** Records an encounter of a patient at an establishment (counts only matter here). */
export async function recordEncounter(db: Db, gstId: string, patientId: string, establishmentId: string) {
  await db.execute(
    sql`insert into encounters (gst_id, id, patient_id, establishment_id, kind, started_at)
      values (${gstId}, ${randomUUID()}, ${patientId}, ${establishmentId}, 'consultation', now())`,
  );
}
