import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientImportJobSchema, patientImportPageSchema, toCsv } from '@tansiq/domain';
import { ensureMatchModel } from '../patients/find-patient-candidates';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';
import {
  createTestContext,
  login,
  request,
  searchAudit,
  type TestContext,
  type TestSession,
} from '../testing/test-app';
import { runPatientImportRequest } from './follow-patient-import';

let context: TestContext;
let tta: { id: string };
let oriental: { id: string };
let centre: { id: string };
let otherCentre: { id: string };
let orientalCentre: { id: string };
let closedCentre: { id: string };
let gstAdmin: TestSession;
let centreAdmin: TestSession;
let otherAdmin: TestSession;
let centreNurse: TestSession;
let orientalAdmin: TestSession;

/** A made-up name, so that no row of these tests matches anyone in the index (other files share it on PostgreSQL). */
const letters = () =>
  Array.from({ length: 8 }, (_, index) => {
    const consonant = 'bcdfghjklmnprstvz'.charAt(randomInt(0, 17));
    return index % 2 ? consonant : consonant + 'aeiou'.charAt(randomInt(0, 5));
  }).join('');

const mapping = { IPP: 'local_id', Nom: 'full_name', DDN: { role: 'birth_date', format: 'DD/MM/YYYY' } };
const body = (establishmentId: string, overrides: Record<string, unknown> = {}) => ({
  establishmentId,
  fileName: 'dossiers.csv',
  content: toCsv([
    ['IPP', 'Nom', 'DDN'],
    [`P-${unique()}`, `${letters()} ${letters()}`, `${randomInt(1, 29)}/${randomInt(1, 13)}/${randomInt(1930, 2010)}`],
  ]),
  mapping,
  dryRun: true,
  ...overrides,
});
const post = (session: TestSession | null, payload: unknown) =>
  request(context.app, session, 'POST', '/api/patient-imports', payload);

beforeAll(async () => {
  context = await createTestContext({ jobs: true });
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  oriental = await gstOf(db, '02');
  centre = await buildEstablishment(db, tta.id);
  otherCentre = await buildEstablishment(db, tta.id);
  closedCentre = await buildEstablishment(db, tta.id, {
    status: 'closed',
    closedOn: '2026-01-31',
    closureReason: 'Fusion avec le centre voisin',
  });
  orientalCentre = await buildEstablishment(db, oriental.id, { provinceCode: '02.411', lon: -1.9086, lat: 34.6814 });
  const at = (establishmentId: string) => ({ scopeLevel: 'establishment' as const, gstId: tta.id, establishmentId });
  const session = async (user: Promise<{ username: string }>) =>
    login(context.app, (await user).username, testPassword);
  gstAdmin = await session(buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id }));
  centreAdmin = await session(buildUser(db, 'establishment_admin', at(centre.id)));
  otherAdmin = await session(buildUser(db, 'establishment_admin', at(otherCentre.id)));
  centreNurse = await session(buildUser(db, 'nurse', at(centre.id)));
  orientalAdmin = await session(buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: oriental.id }));
  await ensureMatchModel(db, tta.id);
});

afterAll(async () => {
  await context.close();
});

describe('POST /api/patient-imports', () => {
  it("queues the import of an establishment's file for its administrator and audits the start", async () => {
    const response = await post(centreAdmin, body(centre.id, { fileName: 'ipp-2018.csv' }));
    expect(response.statusCode).toBe(202);
    const job = patientImportJobSchema.parse(response.json());
    expect(job).toMatchObject({
      establishmentId: centre.id,
      fileName: 'ipp-2018.csv',
      dryRun: true,
      status: 'queued',
      counts: null,
      mapping: { IPP: { role: 'local_id' }, Nom: { role: 'full_name' }, DDN: { role: 'birth_date' } },
      rows: [],
    });
    const audit = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&entityId=${job.id}`);
    expect(audit.items).toContainEqual(
      expect.objectContaining({
        action: 'patient.import.start',
        actorUserId: centreAdmin.userId,
        details: expect.objectContaining({ establishmentId: centre.id, fileName: 'ipp-2018.csv', dryRun: true }),
      }),
    );
  });

  it('lets the GST administrator import for any establishment of the GST', async () => {
    const job = await runPatientImportRequest(context, gstAdmin, body(otherCentre.id));
    expect(job).toMatchObject({ status: 'succeeded', counts: { new: 1 } });
  });

  it.each([
    ['an unknown role', { mapping: { ...mapping, Nom: 'surname' } }, ['mapping', 'Nom', 'role']],
    ['a mapped column missing from the file', { mapping: { ...mapping, Tel: 'phone' } }, ['mapping', 'Tel']],
    ['no IPP column', { mapping: { Nom: 'full_name' } }, ['mapping']],
    ['a file that is not CSV', { content: 'IPP,Nom\n"P-1,Alami\n' }, ['content']],
    ['a file without rows', { content: 'IPP,Nom,DDN\n' }, ['content']],
    ['a file name with folders', { fileName: '../etc/passwd' }, ['fileName']],
    ['no establishment', { establishmentId: undefined }, ['establishmentId']],
  ])('answers 400 with the path for %s', async (_, overrides, path) => {
    const response = await post(gstAdmin, body(centre.id, overrides));
    expect(response.statusCode).toBe(400);
    const issues = response.json<{ error: { issues: { path: unknown[] }[] } }>().error.issues;
    expect(issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it('answers 401 without a session', async () => {
    expect((await post(null, body(centre.id))).statusCode).toBe(401);
  });

  it("answers 403 to a nurse and to another establishment's administrator, and audits the denial", async () => {
    expect((await post(centreNurse, body(centre.id))).statusCode).toBe(403);
    expect((await post(otherAdmin, body(centre.id))).statusCode).toBe(403);
    const denials = await searchAudit(
      context.app,
      gstAdmin,
      `gstId=${tta.id}&outcome=denied&actorUserId=${otherAdmin.userId}`,
    );
    expect(denials.items[0]).toMatchObject({ action: 'POST /api/patient-imports', details: { status: 403 } });
  });

  it('answers 404 for an establishment of another GST, and 409 for a closed one', async () => {
    expect((await post(gstAdmin, body(orientalCentre.id))).statusCode).toBe(404);
    expect((await post(orientalAdmin, body(centre.id))).statusCode).toBe(404);
    expect((await post(gstAdmin, body(closedCentre.id))).statusCode).toBe(409);
  });
});

describe('GET /api/patient-imports/:id', () => {
  it('shows the report to who may import there, audits the reading, and hides it from everyone else', async () => {
    const job = await runPatientImportRequest(context, centreAdmin, body(centre.id));
    expect(job).toMatchObject({ status: 'succeeded', totalRows: 1, processedRows: 1 });
    const audit = await searchAudit(context.app, gstAdmin, `gstId=${tta.id}&entityId=${job.id}`);
    expect(audit.items.map((event) => event.action)).toEqual(
      expect.arrayContaining(['patient.import.start', 'patient.import.check', 'patient.import.view']),
    );
    const url = `/api/patient-imports/${job.id}`;
    expect((await request(context.app, gstAdmin, 'GET', url)).statusCode).toBe(200);
    expect((await request(context.app, null, 'GET', url)).statusCode).toBe(401);
    expect((await request(context.app, otherAdmin, 'GET', url)).statusCode).toBe(403);
    expect((await request(context.app, centreNurse, 'GET', url)).statusCode).toBe(403);
    expect((await request(context.app, orientalAdmin, 'GET', url)).statusCode).toBe(404);
    expect((await request(context.app, gstAdmin, 'GET', `/api/patient-imports/not-an-id`)).statusCode).toBe(400);
    const missing = await request(context.app, gstAdmin, 'GET', `/api/patient-imports/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
  });

  it('is not readable as an establishment import (same table, other access rules)', async () => {
    const job = await runPatientImportRequest(context, centreAdmin, body(centre.id));
    const response = await request(context.app, gstAdmin, 'GET', `/api/establishment-imports/${job.id}`);
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /api/patient-imports', () => {
  it("lists every import of the GST for its administrator, and only their establishment's for the others", async () => {
    await runPatientImportRequest(context, centreAdmin, body(centre.id, { fileName: 'centre.csv' }));
    await runPatientImportRequest(context, otherAdmin, body(otherCentre.id, { fileName: 'other.csv' }));
    const list = async (session: TestSession | null, gstId = tta.id) =>
      request(context.app, session, 'GET', `/api/patient-imports?gstId=${gstId}&pageSize=100`);

    const all = patientImportPageSchema.parse((await list(gstAdmin)).json());
    expect(all.items.map((item) => item.establishmentId)).toEqual(expect.arrayContaining([centre.id, otherCentre.id]));
    expect(all.items[0]).toMatchObject({ fileName: 'other.csv', status: 'succeeded', counts: { new: 1 } });
    const own = patientImportPageSchema.parse((await list(centreAdmin)).json());
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((item) => item.establishmentId === centre.id)).toBe(true);

    expect((await list(null)).statusCode).toBe(401);
    expect((await list(centreNurse)).statusCode).toBe(403);
    expect((await list(orientalAdmin)).statusCode).toBe(404);
    expect((await request(context.app, gstAdmin, 'GET', '/api/patient-imports?gstId=01')).statusCode).toBe(400);
  });
});
