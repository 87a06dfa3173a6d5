import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPatientRegistration } from '@tansiq/db';
import {
  createTestContext,
  login,
  request,
  searchAudit,
  type TestContext,
  type TestSession,
} from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';

let context: TestContext;
let tta: { id: string };
let desk: { id: string; code: string };
let ward: { id: string; code: string };
let elsewhere: { id: string; code: string };
let patient: { id: string; regionalId: string };
let physician: TestSession;
let secretary: TestSession;
let wardPhysician: TestSession;
let unrelatedPhysician: TestSession;
let orientalPhysician: TestSession;
let gstAdmin: TestSession;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const validInput = (establishmentId: string, overrides: Record<string, unknown> = {}) => ({
  establishmentId,
  specialtyCode: 'pneumology',
  kind: 'consultation',
  startedAt: hoursAgo(48),
  practitionerName: 'Dr Amina Alaoui',
  reason: 'Toux persistante depuis trois semaines',
  icd10Code: 'j45.9',
  outcome: 'follow_up',
  ...overrides,
});

const encountersUrl = (patientId: string, query = '') => `/api/patients/${patientId}/encounters${query}`;

async function clinicianAt(role: 'physician' | 'nurse' | 'secretary', gstId: string, establishmentId: string) {
  const user = await buildUser(context.handle.db, role, { scopeLevel: 'establishment', gstId, establishmentId });
  return login(context.app, user.username, testPassword);
}

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  desk = await buildEstablishment(db, tta.id, { nameFr: 'CSR Bab Taza', nameAr: 'المركز الصحي باب تازة' });
  ward = await buildEstablishment(db, tta.id, { type: 'CHP', level: 'secondary', nameFr: 'CHP Chefchaouen' });
  elsewhere = await buildEstablishment(db, tta.id);
  const orientalEstablishment = await buildEstablishment(db, oriental.id, {
    provinceCode: '02.411',
    lon: -1.9086,
    lat: 34.6814,
  });
  // The patient is registered at the desk's establishment and at the ward: both have a care relationship.
  patient = await buildPatient(db, tta.id, { establishmentId: desk.id });
  await db.transaction((tx) =>
    insertPatientRegistration(
      tx,
      tta.id,
      { id: randomUUID(), patientId: patient.id, establishmentId: ward.id, localId: null },
      null,
    ),
  );
  physician = await clinicianAt('physician', tta.id, desk.id);
  secretary = await clinicianAt('secretary', tta.id, desk.id);
  wardPhysician = await clinicianAt('physician', tta.id, ward.id);
  unrelatedPhysician = await clinicianAt('physician', tta.id, elsewhere.id);
  orientalPhysician = await clinicianAt('physician', oriental.id, orientalEstablishment.id);
  const admin = await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
  gstAdmin = await login(context.app, admin.username, testPassword);
});

afterAll(async () => {
  await context.close();
});

describe('POST /api/patients/:id/encounters', () => {
  it('records an encounter on the patient, audited with the patient in the same transaction', async () => {
    const response = await request(context.app, physician, 'POST', encountersUrl(patient.id), validInput(desk.id));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      patientId: patient.id,
      fromPatientId: null,
      establishment: { id: desk.id, code: desk.code, nameFr: 'CSR Bab Taza', nameAr: 'المركز الصحي باب تازة' },
      specialtyCode: 'pneumology',
      kind: 'consultation',
      icd10Code: 'J45.9',
      outcome: 'follow_up',
      redacted: false,
    });
    const audit = await searchAudit(context.app, gstAdmin, `action=encounter.create&entityId=${created.id}`);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      actorUserId: physician.userId,
      patientId: patient.id,
      outcome: 'success',
      purpose: 'care_relationship',
      details: { kind: 'consultation', establishmentId: desk.id },
    });
  });

  it('lets the desk record an encounter, answering without the clinical detail it may not read', async () => {
    const response = await request(context.app, secretary, 'POST', encountersUrl(patient.id), validInput(desk.id));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ reason: null, icd10Code: null, outcome: null, redacted: true });
  });

  it('rejects an end before the start, a malformed ICD-10 code and an unknown kind, with field paths', async () => {
    const response = await request(
      context.app,
      physician,
      'POST',
      encountersUrl(patient.id),
      validInput(desk.id, { endedAt: hoursAgo(50), icd10Code: 'asthme', kind: 'visit' }),
    );
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.issues.map((issue: { path: string[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['icd10Code', 'kind']));
    const dates = await request(
      context.app,
      physician,
      'POST',
      encountersUrl(patient.id),
      validInput(desk.id, { endedAt: hoursAgo(50) }),
    );
    expect(dates.statusCode).toBe(400);
    expect(dates.json().error.issues[0].path).toEqual(['endedAt']);
  });

  it('rejects an encounter in the future', async () => {
    const response = await request(
      context.app,
      physician,
      'POST',
      encountersUrl(patient.id),
      validInput(desk.id, { startedAt: hoursAgo(-3) }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['startedAt']);
  });

  it('refuses an encounter at a closed establishment', async () => {
    const db = context.handle.db;
    const closed = await buildEstablishment(db, tta.id, {
      status: 'closed',
      closedOn: '2025-06-30',
      closureReason: 'Regroupé avec le CSR voisin',
    });
    await db.transaction((tx) =>
      insertPatientRegistration(
        tx,
        tta.id,
        { id: randomUUID(), patientId: patient.id, establishmentId: closed.id, localId: null },
        null,
      ),
    );
    const nurse = await clinicianAt('nurse', tta.id, closed.id);
    const response = await request(context.app, nurse, 'POST', encountersUrl(patient.id), validInput(closed.id));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['establishmentId']);
  });

  it('answers 401 without a session', async () => {
    const response = await request(context.app, null, 'POST', encountersUrl(patient.id), validInput(desk.id));
    expect(response.statusCode).toBe(401);
  });

  it('answers 403 for an establishment where the actor does not work, and audits the refusal', async () => {
    const response = await request(context.app, physician, 'POST', encountersUrl(patient.id), validInput(ward.id));
    expect(response.statusCode).toBe(403);
    const audit = await searchAudit(context.app, gstAdmin, `outcome=denied&actorUserId=${physician.userId}`);
    expect(audit.items[0]).toMatchObject({ action: 'POST /api/patients/:id/encounters', gstId: tta.id });
  });

  it('answers 404 to a clinician without a care relationship and to another GST, audited as denied', async () => {
    for (const session of [unrelatedPhysician, orientalPhysician]) {
      const response = await request(context.app, session, 'POST', encountersUrl(patient.id), validInput(desk.id));
      expect(response.statusCode).toBe(404);
      const audit = await searchAudit(context.app, gstAdmin, `outcome=denied&actorUserId=${session.userId}`);
      expect(audit.items[0]).toMatchObject({ action: 'POST /api/patients/:id/encounters', gstId: tta.id });
    }
    const unknown = await request(context.app, physician, 'POST', encountersUrl(randomUUID()), validInput(desk.id));
    expect(unknown.statusCode).toBe(404);
  });
});

describe('GET /api/patients/:id/encounters', () => {
  let timelinePatient: { id: string };
  let mergedRecord: { id: string };

  beforeAll(async () => {
    const db = context.handle.db;
    timelinePatient = await buildPatient(db, tta.id, { establishmentId: desk.id });
    await db.transaction((tx) =>
      insertPatientRegistration(
        tx,
        tta.id,
        { id: randomUUID(), patientId: timelinePatient.id, establishmentId: ward.id, localId: null },
        null,
      ),
    );
    const record = async (session: TestSession, patientId: string, input: Record<string, unknown>) => {
      const response = await request(context.app, session, 'POST', encountersUrl(patientId), input);
      expect(response.statusCode).toBe(201);
    };
    await record(physician, timelinePatient.id, validInput(desk.id, { startedAt: hoursAgo(240) }));
    await record(
      wardPhysician,
      timelinePatient.id,
      validInput(ward.id, {
        kind: 'hospital_stay',
        specialtyCode: 'internal_medicine',
        startedAt: hoursAgo(60),
        endedAt: hoursAgo(24),
        reason: 'Décompensation diabétique',
        icd10Code: 'E11',
        outcome: 'home',
      }),
    );
    // A duplicate of the same person, seen at another establishment, then merged into the golden record.
    mergedRecord = await buildPatient(db, tta.id, { establishmentId: elsewhere.id });
    await record(unrelatedPhysician, mergedRecord.id, validInput(elsewhere.id, { startedAt: hoursAgo(72) }));
    await db.execute(
      sql`update patients set status = 'merged', merged_into_id = ${timelinePatient.id}
        where gst_id = ${tta.id} and id = ${mergedRecord.id}`,
    );
  });

  it('lists the encounters of every establishment and merged record, newest first, with clinical detail', async () => {
    const response = await request(context.app, wardPhysician, 'GET', encountersUrl(timelinePatient.id));
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(
      page.items.map((item: { establishment: { id: string }; fromPatientId: string | null }) => [
        item.establishment.id,
        item.fromPatientId,
      ]),
    ).toEqual([
      [ward.id, null],
      [elsewhere.id, mergedRecord.id],
      [desk.id, null],
    ]);
    expect(page.items[0]).toMatchObject({
      kind: 'hospital_stay',
      specialtyCode: 'internal_medicine',
      establishment: { code: ward.code, nameFr: 'CHP Chefchaouen', type: 'CHP' },
      practitionerName: 'Dr Amina Alaoui',
      reason: 'Décompensation diabétique',
      icd10Code: 'E11',
      outcome: 'home',
      redacted: false,
    });
  });

  it('masks the clinical detail for the desk, keeping where, when and who', async () => {
    const response = await request(context.app, secretary, 'GET', encountersUrl(timelinePatient.id));
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item).toMatchObject({ reason: null, icd10Code: null, outcome: null, redacted: true });
      expect(item.practitionerName).toBe('Dr Amina Alaoui');
    }
  });

  it('reads the same timeline through the id of a merged record', async () => {
    const response = await request(context.app, physician, 'GET', encountersUrl(mergedRecord.id));
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(3);
  });

  it('pages the timeline', async () => {
    const response = await request(
      context.app,
      physician,
      'GET',
      encountersUrl(timelinePatient.id, '?page=2&pageSize=2'),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(response.json().items.map((item: { establishment: { id: string } }) => item.establishment.id)).toEqual([
      desk.id,
    ]);
  });

  it('audits each reading of the timeline as an opening of the record', async () => {
    await request(context.app, secretary, 'GET', encountersUrl(timelinePatient.id, '?pageSize=5'));
    const audit = await searchAudit(
      context.app,
      gstAdmin,
      `action=patient.timeline.read&actorUserId=${secretary.userId}`,
    );
    expect(audit.items[0]).toMatchObject({
      entityType: 'patient',
      entityId: timelinePatient.id,
      patientId: timelinePatient.id,
      purpose: 'care_relationship',
      outcome: 'success',
      details: { page: 1, encounters: 3, clinical: false },
    });
  });

  it('rejects bad paging with field paths', async () => {
    const response = await request(context.app, physician, 'GET', encountersUrl(timelinePatient.id, '?pageSize=0'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['querystring', 'pageSize']);
    const badId = await request(context.app, physician, 'GET', '/api/patients/not-an-id/encounters');
    expect(badId.statusCode).toBe(400);
  });

  it('answers 401 without a session', async () => {
    expect((await request(context.app, null, 'GET', encountersUrl(timelinePatient.id))).statusCode).toBe(401);
  });

  it('answers 404 outside any care relationship and in another GST, audited as denied', async () => {
    const stranger = await clinicianAt('nurse', tta.id, (await buildEstablishment(context.handle.db, tta.id)).id);
    for (const session of [stranger, orientalPhysician]) {
      const response = await request(context.app, session, 'GET', encountersUrl(timelinePatient.id));
      expect(response.statusCode).toBe(404);
      const audit = await searchAudit(context.app, gstAdmin, `outcome=denied&actorUserId=${session.userId}`);
      expect(audit.items[0]).toMatchObject({ action: 'GET /api/patients/:id/encounters', gstId: tta.id });
    }
  });
});
