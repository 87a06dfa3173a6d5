import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegionalPatientId } from '@tansiq/domain';
import {
  createTestContext,
  login,
  request,
  searchAudit,
  type TestContext,
  type TestSession,
} from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';

let context: TestContext;
let tta: { id: string };
let oriental: { id: string };
let hospital: { id: string; code: string };
let centre: { id: string; code: string };
let orientalCentre: { id: string; code: string };
let secretary: TestSession;
let centreNurse: TestSession;
let gstAdmin: TestSession;
let hrOfficer: TestSession;
let orientalSecretary: TestSession;
let known: { id: string; regionalId: string };
let family: string;

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  oriental = await gstOf(db, '02');
  hospital = await buildEstablishment(db, tta.id, { type: 'CHP', level: 'secondary' });
  centre = await buildEstablishment(db, tta.id);
  orientalCentre = await buildEstablishment(db, oriental.id, {
    provinceCode: '02.411',
    lon: -1.9086,
    lat: 34.6814,
  });
  const at = (establishmentId: string, gstId = tta.id) => ({
    scopeLevel: 'establishment' as const,
    gstId,
    establishmentId,
  });
  const users = {
    secretary: await buildUser(db, 'secretary', at(hospital.id)),
    centreNurse: await buildUser(db, 'nurse', at(centre.id)),
    gstAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id }),
    hrOfficer: await buildUser(db, 'hr_officer', { scopeLevel: 'gst', gstId: tta.id }),
    orientalSecretary: await buildUser(db, 'secretary', at(orientalCentre.id, oriental.id)),
  };
  secretary = await login(context.app, users.secretary.username, testPassword);
  centreNurse = await login(context.app, users.centreNurse.username, testPassword);
  gstAdmin = await login(context.app, users.gstAdmin.username, testPassword);
  hrOfficer = await login(context.app, users.hrOfficer.username, testPassword);
  orientalSecretary = await login(context.app, users.orientalSecretary.username, testPassword);
  family = `Ouazzani${unique().replace(/\d/g, '').toLowerCase()}`;
  known = await buildPatient(db, tta.id, {
    establishmentId: centre.id,
    overrides: {
      givenNameLatin: 'Fatima Zahra',
      familyNameLatin: `El ${family}`,
      sex: 'female',
      birthDate: '1986-02-21',
      cin: 'LA123456',
      phones: ['+212661234567'],
      communeCode: '01.151.01.01',
    },
  });
}, 120_000);

afterAll(async () => {
  await context.close();
});

/** A made-up family name that no other test shares (letters only: a name holds no digits). */
const randomName = (): string => {
  const letters = unique()
    .toLowerCase()
    .replace(/\d/g, (digit) => 'qwxzvkjhgy'[Number(digit)] ?? 'q');
  return `${letters[0]?.toUpperCase() ?? 'Q'}${letters.slice(1)}`;
};

const newPatient = (overrides: Record<string, unknown> = {}) => ({
  establishmentId: hospital.id,
  localId: `CHP-${unique()}`,
  patient: {
    givenNameLatin: randomName(),
    familyNameLatin: randomName(),
    sex: 'male',
    birthDate: '1990',
    phones: [`06${String(randomInt(10_000_000, 99_999_999))}`],
    amoScheme: 'amo_tadamon',
    communeCode: '01.151.01.01',
    ...overrides,
  },
});

describe('POST /api/patients/search', () => {
  it('finds a patient typed with a variant spelling, with probability, band, reasons and registrations', async () => {
    const response = await request(context.app, secretary, 'POST', '/api/patients/search', {
      establishmentId: hospital.id,
      givenName: 'Fatima-Zahra',
      familyName: family,
      birthDate: '1986-02-21',
      sex: 'female',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      candidates: {
        patient: { id: string };
        probability: number;
        band: string;
        reasons: { field: string }[];
        registeredAt: { code: string }[];
        registeredHere: boolean;
      }[];
      examined: number;
    }>();
    const [best] = body.candidates;
    expect(best?.patient.id).toBe(known.id);
    expect(best?.band).toBe('probable');
    expect(best?.reasons.map((reason) => reason.field)).toContain('birth_date');
    expect(best?.registeredAt.map((registration) => registration.code)).toEqual([centre.code]);
    expect(best?.registeredHere).toBe(false);
    expect(body.examined).toBeLessThan(50);
  });

  it('finds the same person typed in Arabic letters', async () => {
    const response = await request(context.app, secretary, 'POST', '/api/patients/search', {
      establishmentId: hospital.id,
      givenName: 'فاطمة الزهراء',
      familyName: 'الوزاني',
      birthDate: '1986',
      cin: 'LA123456',
    });
    expect(response.json<{ candidates: { patient: { id: string } }[] }>().candidates[0]?.patient.id).toBe(known.id);
  });

  it('finds a patient by regional id (typed with spaces) and rejects a mistyped one', async () => {
    const spaced = `${known.regionalId.slice(0, 4)} ${known.regionalId.slice(4, 8)} ${known.regionalId.slice(8)}`;
    const found = await request(context.app, secretary, 'POST', '/api/patients/search', { regionalId: spaced });
    expect(
      found.json<{ candidates: { patient: { id: string }; probability: number }[] }>().candidates[0],
    ).toMatchObject({
      patient: { id: known.id },
      probability: 1,
    });
    const last = Number(known.regionalId.at(-1));
    const typo = `${known.regionalId.slice(0, 9)}${(last + 1) % 10}`;
    const refused = await request(context.app, secretary, 'POST', '/api/patients/search', { regionalId: typo });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { issues: { path: string[] }[] } }>().error.issues[0]?.path).toEqual(['regionalId']);
  });

  it('audits the search with the ids listed and the fields used, never the values typed', async () => {
    await request(context.app, secretary, 'POST', '/api/patients/search', { familyName: family, birthDate: '1986' });
    const audit = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&action=patient.search`);
    const event = audit.items.find((item) => JSON.stringify(item.details).includes(known.id));
    expect(event?.details).toMatchObject({ fields: ['familyName', 'birthDate'] });
    expect(JSON.stringify(audit.items)).not.toContain(family);
  });

  it('rejects an empty search, bad identifiers and unknown fields with field paths', async () => {
    const empty = await request(context.app, secretary, 'POST', '/api/patients/search', {});
    expect(empty.statusCode).toBe(400);
    const bad = await request(context.app, secretary, 'POST', '/api/patients/search', {
      cin: '12AB',
      birthDate: '1987-02-30',
      nickname: 'x',
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<{ error: { issues: { path: string[] }[] } }>().error.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['cin', 'birthDate']));
  });

  it('refuses without a session (401), to roles without patients (403), and another GST (404)', async () => {
    expect((await request(context.app, null, 'POST', '/api/patients/search', { familyName: family })).statusCode).toBe(
      401,
    );
    expect(
      (await request(context.app, hrOfficer, 'POST', '/api/patients/search', { familyName: family })).statusCode,
    ).toBe(403);
    const other = await request(context.app, orientalSecretary, 'POST', '/api/patients/search', {
      establishmentId: hospital.id,
      familyName: family,
    });
    expect(other.statusCode).toBe(404);
    const ownGst = await request(context.app, orientalSecretary, 'POST', '/api/patients/search', {
      familyName: family,
    });
    expect(ownGst.json<{ candidates: unknown[] }>().candidates).toEqual([]);
  });
});

describe('POST /api/patients (search-before-create)', () => {
  it('creates a patient with a valid regional id, registers it with its IPP, and audits it', async () => {
    const input = newPatient();
    const response = await request(context.app, secretary, 'POST', '/api/patients', input);
    expect(response.statusCode).toBe(201);
    const created = response.json<{ patientId: string; regionalId: string }>();
    expect(parseRegionalPatientId(created.regionalId)).toBe(created.regionalId);
    const record = await request(context.app, secretary, 'GET', `/api/patients/${created.patientId}`);
    expect(record.statusCode).toBe(200);
    expect(record.json()).toMatchObject({
      familyNameLatin: input.patient.familyNameLatin,
      birthDate: '1990',
      birthDatePrecision: 'year',
      registrations: [{ establishmentId: hospital.id, localId: input.localId }],
      access: { basis: 'care_relationship', clinical: false },
    });
    const audit = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&entityId=${created.patientId}`);
    expect(audit.items.map((item) => item.action)).toEqual(expect.arrayContaining(['patient.create', 'patient.open']));
  });

  it('never creates two patients for a retried request with the same idempotency key', async () => {
    const input = newPatient();
    const key = randomUUID();
    const [first, second] = await Promise.all([
      request(context.app, secretary, 'POST', '/api/patients', input, { 'idempotency-key': key }),
      request(context.app, secretary, 'POST', '/api/patients', input, { 'idempotency-key': key }),
    ]);
    const third = await request(context.app, secretary, 'POST', '/api/patients', input, { 'idempotency-key': key });
    expect([first.statusCode, second.statusCode, third.statusCode]).toEqual([201, 201, 201]);
    expect(second.json()).toEqual(first.json());
    expect(third.json()).toEqual(first.json());
    const search = await request(context.app, secretary, 'POST', '/api/patients/search', {
      familyName: input.patient.familyNameLatin,
      birthDate: '1990',
    });
    const same = search
      .json<{ candidates: { patient: { familyNameLatin: string } }[] }>()
      .candidates.filter((candidate) => candidate.patient.familyNameLatin === input.patient.familyNameLatin);
    expect(same).toHaveLength(1);
    const reused = await request(context.app, secretary, 'POST', '/api/patients', newPatient(), {
      'idempotency-key': key,
    });
    expect(reused.statusCode).toBe(409);
  });

  it('refuses to create a probable duplicate the user has not seen, and queues the pairs the user set aside', async () => {
    const duplicate = newPatient({
      givenNameLatin: 'Fatima Zahra',
      familyNameLatin: family,
      givenNameArabic: null,
      sex: 'female',
      birthDate: '1986-02-21',
      phones: ['+212661234567'],
    });
    const refused = await request(context.app, secretary, 'POST', '/api/patients', duplicate);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { issues: { code: string }[] } }>().error.issues[0]?.code).toBe('possible_duplicates');
    const created = await request(context.app, secretary, 'POST', '/api/patients', {
      ...duplicate,
      confirmedDistinctFrom: [known.id],
    });
    expect(created.statusCode).toBe(201);
    const rows = await context.handle.db.execute(
      `select status, source from match_candidates where patient_a_id = '${[known.id, created.json<{ patientId: string }>().patientId].sort()[0] ?? ''}'`,
    );
    expect((rows as { rows: { status: string; source: string }[] }).rows[0]).toEqual({
      status: 'pending',
      source: 'registration',
    });
  });

  it('rejects impossible dates, bad CIN and AMO formats, unknown communes and names in the wrong script', async () => {
    const response = await request(
      context.app,
      secretary,
      'POST',
      '/api/patients',
      newPatient({
        birthDate: '2199-01-01',
        cin: 'A-12-B',
        amoScheme: 'none',
        amoNumber: '12',
        communeCode: '99.999.99.9',
        givenNameArabic: 'Youssef',
      }),
    );
    expect(response.statusCode).toBe(400);
    const paths = response
      .json<{ error: { issues: { path: (string | number)[] }[] } }>()
      .error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['patient.birthDate', 'patient.cin', 'patient.amoNumber', 'patient.givenNameArabic']),
    );
    const unknownCommune = await request(
      context.app,
      secretary,
      'POST',
      '/api/patients',
      newPatient({ communeCode: '01.151.99.99' }),
    );
    expect(unknownCommune.statusCode).toBe(400);
    expect(unknownCommune.json<{ error: { issues: { path: string[] }[] } }>().error.issues[0]?.path).toEqual([
      'patient',
      'communeCode',
    ]);
  });

  it('refuses registration at an establishment of another GST (404) or where the user has no desk (403)', async () => {
    expect((await request(context.app, orientalSecretary, 'POST', '/api/patients', newPatient())).statusCode).toBe(404);
    expect((await request(context.app, centreNurse, 'POST', '/api/patients', newPatient())).statusCode).toBe(403);
    expect((await request(context.app, null, 'POST', '/api/patients', newPatient())).statusCode).toBe(401);
  });
});

describe('POST /api/patients/:id/registrations', () => {
  it('attaches a found patient to the desk, which opens the record to it; a retry is harmless', async () => {
    const patient = await buildPatient(context.handle.db, tta.id, { establishmentId: centre.id });
    expect((await request(context.app, secretary, 'GET', `/api/patients/${patient.id}`)).statusCode).toBe(404);
    const localId = `CHP-${unique()}`;
    const attached = await request(context.app, secretary, 'POST', `/api/patients/${patient.id}/registrations`, {
      establishmentId: hospital.id,
      localId,
    });
    expect(attached.statusCode).toBe(201);
    const again = await request(context.app, secretary, 'POST', `/api/patients/${patient.id}/registrations`, {
      establishmentId: hospital.id,
      localId,
    });
    expect(again.json()).toEqual(attached.json());
    const record = await request(context.app, secretary, 'GET', `/api/patients/${patient.id}`);
    expect(record.json<{ registrations: { localId: string }[] }>().registrations.map((r) => r.localId)).toHaveLength(2);
  });

  it('refuses a local number already used by another patient here (409)', async () => {
    const holder = await buildPatient(context.handle.db, tta.id, {
      establishmentId: hospital.id,
      localId: `X-${unique()}`,
    });
    const holderRecord = await request(context.app, secretary, 'GET', `/api/patients/${holder.id}`);
    const localId = holderRecord.json<{ registrations: { localId: string }[] }>().registrations[0]?.localId;
    const other = await buildPatient(context.handle.db, tta.id);
    const response = await request(context.app, secretary, 'POST', `/api/patients/${other.id}/registrations`, {
      establishmentId: hospital.id,
      localId,
    });
    expect(response.statusCode).toBe(409);
  });

  it('answers 404 for a patient of another GST and 400 for a bad local number', async () => {
    const foreign = await buildPatient(context.handle.db, oriental.id, {
      overrides: { communeCode: null },
    });
    const response = await request(context.app, secretary, 'POST', `/api/patients/${foreign.id}/registrations`, {
      establishmentId: hospital.id,
      localId: null,
    });
    expect(response.statusCode).toBe(404);
    const bad = await request(context.app, secretary, 'POST', `/api/patients/${known.id}/registrations`, {
      establishmentId: hospital.id,
      localId: 'bad number!',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('GET and PATCH /api/patients/:id', () => {
  it('opens the record for a care relationship or identity management only, and audits each opening', async () => {
    expect((await request(context.app, centreNurse, 'GET', `/api/patients/${known.id}`)).statusCode).toBe(200);
    const admin = await request(context.app, gstAdmin, 'GET', `/api/patients/${known.id}`);
    expect(admin.json<{ access: { basis: string } }>().access.basis).toBe('identity_management');
    expect((await request(context.app, hrOfficer, 'GET', `/api/patients/${known.id}`)).statusCode).toBe(404);
    expect((await request(context.app, orientalSecretary, 'GET', `/api/patients/${known.id}`)).statusCode).toBe(404);
    const audit = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&entityId=${known.id}`);
    expect(audit.items.filter((item) => item.action === 'patient.open').map((item) => item.purpose)).toEqual(
      expect.arrayContaining(['care_relationship', 'identity_management']),
    );
    const denied = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&outcome=denied`);
    expect(denied.items.some((item) => item.entityId === `/api/patients/${known.id}`)).toBe(true);
  });

  it('corrects a field as a new version, keeps the others, and refuses a stale version', async () => {
    const patient = await buildPatient(context.handle.db, tta.id, { establishmentId: centre.id });
    const updated = await request(context.app, centreNurse, 'PATCH', `/api/patients/${patient.id}`, {
      version: 1,
      birthDate: '1984-03',
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, birthDate: '1984-03', givenNameLatin: 'Khadija' });
    const stale = await request(context.app, centreNurse, 'PATCH', `/api/patients/${patient.id}`, {
      version: 1,
      address: 'Douar Tissouka',
    });
    expect(stale.statusCode).toBe(409);
    const versions = await request(context.app, centreNurse, 'GET', `/api/patients/${patient.id}/versions`);
    expect(versions.json<{ version: number; changes: { field: string }[] }[]>()[0]).toMatchObject({
      version: 2,
      changes: [{ field: 'birthDate', before: '1984-03-12', after: '1984-03' }],
    });
    const byNewDate = await request(context.app, centreNurse, 'POST', '/api/patients/search', {
      familyName: patient.state.familyNameLatin,
      birthDate: '1984-03',
    });
    expect(byNewDate.json<{ candidates: { patient: { id: string } }[] }>().candidates[0]?.patient.id).toBe(patient.id);
  });

  it('refuses an edit that breaks a cross-field rule (400) or by a role without a relationship (404)', async () => {
    const deathWithoutStatus = await request(context.app, centreNurse, 'PATCH', `/api/patients/${known.id}`, {
      version: 1,
      deathDate: '2020-01-01',
    });
    expect(deathWithoutStatus.statusCode).toBe(400);
    expect(
      (await request(context.app, secretary, 'PATCH', `/api/patients/${known.id}`, { version: 1 })).statusCode,
    ).toBe(404);
  });
});
