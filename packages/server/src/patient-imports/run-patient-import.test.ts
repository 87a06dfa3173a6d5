import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegionalPatientId, toCsv } from '@tansiq/domain';
import { findPatientById, queryRows } from '@tansiq/db';
import { ensureMatchModel } from '../patients/find-patient-candidates';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { createTestContext, login, searchAudit, type TestContext, type TestSession } from '../testing/test-app';
import { runPatientImportRequest } from './follow-patient-import';

let context: TestContext;
let tta: { id: string };
let centre: { id: string };
let hospital: { id: string };
let centreAdmin: TestSession;
let gstAdmin: TestSession;
let indexed: { id: string; regionalId: string };

const header = ['IPP', 'Nom', 'Prénom', 'Sexe', 'Date naissance', 'CIN', 'Commune', 'Tel', 'Remarque'];
const mapping = {
  IPP: 'local_id',
  Nom: 'family_name',
  Prénom: 'given_name',
  Sexe: 'sex',
  'Date naissance': { role: 'birth_date', format: 'DD/MM/YYYY' },
  CIN: 'cin',
  Commune: 'commune_name',
  Tel: 'phone',
  Remarque: 'ignore',
};
const csv = (rows: string[][]) => toCsv([header, ...rows]);

const importFile = (session: TestSession, rows: string[][], dryRun = false) =>
  runPatientImportRequest(context, session, {
    establishmentId: centre.id,
    fileName: 'patients-2019.csv',
    content: csv(rows),
    mapping,
    dryRun,
  });

const count = async (query: ReturnType<typeof sql>) =>
  Number((await queryRows(context.handle.db, query))[0]?.count ?? 0);
const registrationsOf = (localIds: string[]) =>
  queryRows(
    context.handle.db,
    sql`select local_id, patient_id from patient_registrations
      where establishment_id = ${centre.id} and local_id = any(${sql.param(localIds)}::text[]) order by local_id`,
  );

beforeAll(async () => {
  context = await createTestContext({ jobs: true });
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  centre = await buildEstablishment(db, tta.id);
  hospital = await buildEstablishment(db, tta.id, { type: 'CHP', level: 'secondary' });
  centreAdmin = await login(
    context.app,
    (
      await buildUser(db, 'establishment_admin', {
        scopeLevel: 'establishment',
        gstId: tta.id,
        establishmentId: centre.id,
      })
    ).username,
    testPassword,
  );
  gstAdmin = await login(
    context.app,
    (await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id })).username,
    testPassword,
  );
  // The GST's match model is learnt once, before the first import, so no job waits for it.
  await ensureMatchModel(db, tta.id);
  indexed = await buildPatient(db, tta.id, {
    establishmentId: hospital.id,
    overrides: {
      givenNameLatin: 'Mohammed',
      familyNameLatin: 'El Idrissi',
      sex: 'male',
      // Not the factories' default date, so patients of other test files never come close.
      birthDate: '1971-06-19',
      cin: 'K123456',
      phones: ['0612345678'],
      communeCode: '01.151.01.01',
    },
  });
});

afterAll(async () => {
  await context.close();
});

describe('import of a legacy patient file', () => {
  it('checks, imports, then re-imports a file: linked, new and sent to review', async () => {
    const ipp = (letter: string) => `CH-${letter}-${unique()}`;
    const ipps = [ipp('A'), ipp('B'), ipp('C')];
    const rows = [
      // The indexed patient under a variant spelling.
      [ipps[0] ?? '', 'Elidrissi', 'Mohamed', 'M', '19/06/1971', 'K 123456', 'Chefchaouen', '', ''],
      // Someone the index does not know.
      [ipps[1] ?? '', 'Bennani', 'Salma', 'F', '02/11/1999', '', 'Tétouan', '', 'née à Tétouan'],
      // A namesake born the same day, elsewhere, with another phone and no sex noted: maybe the same man, maybe not.
      [ipps[2] ?? '', 'El Idrissi', 'Mohamed', '', '19/06/1971', '', 'Larache', '0661000000', ''],
    ];
    const patientsBefore = await count(sql`select count(*)::int as count from patients where gst_id = ${tta.id}`);

    const check = await importFile(centreAdmin, rows, true);
    expect(check).toMatchObject({
      status: 'succeeded',
      dryRun: true,
      totalRows: 3,
      processedRows: 3,
      counts: { linked: 1, new: 1, sentToReview: 1, rejected: 0 },
      errors: [],
    });
    expect(check.rows.map((row) => [row.line, row.outcome, row.patientId])).toEqual([
      [2, 'linked', indexed.id],
      [3, 'new', null],
      [4, 'sent_to_review', null],
    ]);
    expect(check.rows[2]).toMatchObject({ candidatePatientId: indexed.id, candidateRegionalId: indexed.regionalId });
    expect(await registrationsOf(ipps)).toEqual([]);
    expect(await count(sql`select count(*)::int as count from patients where gst_id = ${tta.id}`)).toBe(patientsBefore);

    const imported = await importFile(centreAdmin, rows);
    expect(imported).toMatchObject({
      status: 'succeeded',
      dryRun: false,
      counts: { linked: 1, new: 1, sentToReview: 1, rejected: 0 },
    });
    const [linked, created, reviewed] = imported.rows;
    expect(linked).toMatchObject({ outcome: 'linked', patientId: indexed.id, regionalId: indexed.regionalId });
    expect(parseRegionalPatientId(created?.regionalId ?? '')).toBe(created?.regionalId);
    expect(reviewed).toMatchObject({ outcome: 'sent_to_review', candidatePatientId: indexed.id });
    expect((await registrationsOf(ipps)).map((row) => [row.local_id, row.patient_id])).toEqual([
      [ipps[0], indexed.id],
      [ipps[1], created?.patientId],
      [ipps[2], reviewed?.patientId],
    ]);
    const newPatient = await findPatientById(context.handle.db, created?.patientId ?? '');
    expect(newPatient).toMatchObject({
      givenNameLatin: 'Salma',
      familyNameLatin: 'Bennani',
      communeCode: '01.571.01.11',
    });
    const [pair] = await queryRows(
      context.handle.db,
      sql`select status, source, probability from match_candidates
        where gst_id = ${tta.id} and ${reviewed?.patientId ?? ''}::uuid in (patient_a_id, patient_b_id)`,
    );
    expect(pair).toMatchObject({ status: 'pending', source: 'import' });
    const versions = await queryRows(
      context.handle.db,
      sql`select action from patient_versions where patient_id = ${created?.patientId ?? ''}`,
    );
    expect(versions).toEqual([{ action: 'imported' }]);

    const again = await importFile(centreAdmin, rows);
    expect(again).toMatchObject({ status: 'succeeded', counts: { linked: 3, new: 0, sentToReview: 0, rejected: 0 } });
    expect(again.rows.map((row) => row.patientId)).toEqual(imported.rows.map((row) => row.patientId));

    const audit = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&entityId=${imported.id}`);
    expect(audit.items.map((event) => event.action)).toEqual(
      expect.arrayContaining(['patient.import.start', 'patient.import', 'patient.import.view']),
    );
    expect(audit.items.find((event) => event.action === 'patient.import')).toMatchObject({
      actorUserId: centreAdmin.userId,
      outcome: 'success',
      details: expect.objectContaining({ linked: 1, new: 1, sentToReview: 1, rejected: 0 }) as unknown,
    });
    const checkAudit = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&entityId=${check.id}`);
    expect(checkAudit.items.map((event) => event.action)).toContain('patient.import.check');
  });

  it('rejects the whole file when a row has an invalid date, an unknown commune or a bad CIN', async () => {
    const ipps = [1, 2, 3, 4].map((n) => `R${n}-${unique()}`);
    const job = await importFile(gstAdmin, [
      [ipps[0] ?? '', 'Berrada', 'Naima', 'F', '04/05/1961', '', 'Chefchaouen', '', ''],
      [ipps[1] ?? '', 'Chraibi', 'Hamza', 'M', '31/02/1990', '', 'Chefchaouen', '', ''],
      [ipps[2] ?? '', 'Ouazzani', 'Imane', 'F', '1975', '', 'Casablanca', '', ''],
      [ipps[3] ?? '', 'Tazi', 'Omar', 'M', '17/08/1966', '12345', '', '', ''],
    ]);
    expect(job).toMatchObject({
      status: 'failed',
      totalRows: 4,
      processedRows: 4,
      counts: { linked: 0, new: 1, sentToReview: 0, rejected: 3 },
    });
    expect(job.errors).toEqual([
      { path: ['rows', 3, 'Date naissance'], message: 'This date does not exist' },
      { path: ['rows', 4, 'Commune'], message: 'Unknown commune: no commune of this GST has this name' },
      { path: ['rows', 5, 'CIN'], message: 'A CIN has 1 or 2 letters then up to 6 digits, e.g. AB123456' },
    ]);
    expect(job.rows.map((row) => [row.line, row.localId, row.outcome])).toEqual([
      [2, ipps[0], 'new'],
      [3, ipps[1], 'rejected'],
      [4, ipps[2], 'rejected'],
      [5, ipps[3], 'rejected'],
    ]);
    expect(await registrationsOf(ipps)).toEqual([]);
    expect(
      await count(
        sql`select count(*)::int as count from patients where gst_id = ${tta.id} and family_name_latin = 'Berrada'`,
      ),
    ).toBe(0);
    const audit = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&entityId=${job.id}`);
    expect(audit.items.find((event) => event.action === 'patient.import')).toMatchObject({ outcome: 'failure' });
  });

  it("rejects an IPP used twice in the file or already given to another of the establishment's patients", async () => {
    const taken = `T-${unique()}`;
    await buildPatient(context.handle.db, tta.id, { establishmentId: centre.id, localId: taken });
    const twice = `D-${unique()}`;
    const job = await importFile(centreAdmin, [
      [taken, 'Amrani', 'Youssef', 'M', '1970', '', '', '', ''],
      [twice, 'Chraibi', 'Hamza', 'M', '09/09/2001', '', '', '', ''],
      [twice, 'Chraibi', 'Hamza', 'M', '09/09/2001', '', '', '', ''],
    ]);
    expect(job).toMatchObject({ status: 'failed', counts: { new: 1, rejected: 2 } });
    expect(job.errors).toEqual([
      { path: ['rows', 2, 'IPP'], message: 'IPP already used by another patient' },
      { path: ['rows', 4, 'IPP'], message: `IPP ${twice} already appears on line 3` },
    ]);
    expect(await registrationsOf([twice])).toEqual([]);
  });

  it('reads an Arabic file: names go to the Arabic fields, sexes and dates as written there', async () => {
    const ipp = `AR-${unique()}`;
    const job = await runPatientImportRequest(context, gstAdmin, {
      establishmentId: centre.id,
      fileName: 'مرضى.csv',
      content: toCsv([
        ['رقم الملف', 'الاسم الكامل', 'الجنس', 'تاريخ الازدياد', 'الجماعة'],
        [ipp, 'زينب بن عبد الله', 'أنثى', '1948', 'شفشاون'],
      ]),
      mapping: {
        'رقم الملف': 'local_id',
        'الاسم الكامل': 'full_name',
        الجنس: 'sex',
        'تاريخ الازدياد': { role: 'birth_date', format: 'DD/MM/YYYY' },
        الجماعة: 'commune_name',
      },
      dryRun: false,
    });
    expect(job).toMatchObject({ status: 'succeeded', counts: { new: 1 } });
    const patient = await findPatientById(context.handle.db, job.rows[0]?.patientId ?? '');
    expect(patient).toMatchObject({
      givenNameArabic: 'زينب',
      familyNameArabic: 'بن عبد الله',
      givenNameLatin: null,
      sex: 'female',
      birthDate: '1948',
      birthDatePrecision: 'year',
      communeCode: '01.151.01.01',
    });
  });
});
