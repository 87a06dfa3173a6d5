import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { establishmentCsvColumns, parseCsv, toCsv } from '@tansiq/domain';
import { createTestContext, login, request, type TestContext, type TestSession } from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';

let context: TestContext;
let tta: { id: string };
let gstAdmin: TestSession;
let nurse: TestSession;
let orientalAdmin: TestSession;

const row = (code: string, overrides: Partial<Record<(typeof establishmentCsvColumns)[number], string>> = {}) => {
  const values: Record<string, string> = {
    code,
    name_fr: `Centre de santé importé ${code}`,
    name_ar: 'مركز صحي مستورد',
    type: 'CSR-1',
    level: '',
    province_code: '01.151',
    commune_code: '',
    lon: '-5.2636',
    lat: '35.1688',
    address: '',
    phone: '',
    status: 'active',
    opening_hours: 'Mo-Fr 08:30-16:30',
    services: 'general_medicine:0',
    equipment: '',
    ...overrides,
  };
  return establishmentCsvColumns.map((column) => values[column] ?? '');
};
const csv = (rows: string[][]) => toCsv([[...establishmentCsvColumns], ...rows]);

interface ImportJobBody {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  errors: { path: (string | number)[]; message: string }[];
}

async function runImport(session: TestSession, content: string): Promise<ImportJobBody> {
  const started = await request(
    context.app,
    session,
    'POST',
    `/api/establishment-imports?gstId=${tta.id}&fileName=test.csv`,
    content,
    {
      'content-type': 'text/csv',
    },
  );
  expect(started.statusCode).toBe(202);
  const jobId = started.json().id as string;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const job = (
      await request(context.app, session, 'GET', `/api/establishment-imports/${jobId}`)
    ).json<ImportJobBody>();
    if (job.status === 'succeeded' || job.status === 'failed' || Date.now() > deadline) {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const countByPrefix = async (prefix: string) =>
  (await request(context.app, gstAdmin, 'GET', `/api/establishments?q=${prefix}`)).json().total as number;

beforeAll(async () => {
  context = await createTestContext({ jobs: true });
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  const someEstablishment = await buildEstablishment(db, tta.id);
  gstAdmin = await login(
    context.app,
    (await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id })).username,
    testPassword,
  );
  nurse = await login(
    context.app,
    (
      await buildUser(db, 'nurse', {
        scopeLevel: 'establishment',
        gstId: tta.id,
        establishmentId: someEstablishment.id,
      })
    ).username,
    testPassword,
  );
  orientalAdmin = await login(
    context.app,
    (await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: oriental.id })).username,
    testPassword,
  );
});

afterAll(async () => {
  await context.close();
});

describe('CSV import of establishments', () => {
  it('imports every row of a valid file, then re-importing it changes nothing', async () => {
    const prefix = `I${unique()}`;
    const content = csv([
      row(`${prefix}-1`),
      row(`${prefix}-2`, { type: 'CSU-2', services: 'general_medicine:0|laboratory:0' }),
    ]);
    const job = await runImport(gstAdmin, content);
    expect(job).toMatchObject({
      status: 'succeeded',
      totalRows: 2,
      processedRows: 2,
      createdCount: 2,
      updatedCount: 0,
      errors: [],
    });
    expect(await countByPrefix(prefix)).toBe(2);
    const again = await runImport(gstAdmin, content);
    expect(again).toMatchObject({ status: 'succeeded', createdCount: 0, updatedCount: 0 });
  });

  it('updates existing establishments by code and records the change in their history', async () => {
    const prefix = `U${unique()}`;
    await runImport(gstAdmin, csv([row(`${prefix}-1`)]));
    const job = await runImport(gstAdmin, csv([row(`${prefix}-1`, { phone: '+212 539 12 34 56' })]));
    expect(job).toMatchObject({ status: 'succeeded', createdCount: 0, updatedCount: 1 });
    const [establishment] = (await request(context.app, gstAdmin, 'GET', `/api/establishments?q=${prefix}`)).json()
      .items;
    const history = (
      await request(context.app, gstAdmin, 'GET', `/api/establishments/${establishment.id}/history`)
    ).json();
    expect(history[0]).toMatchObject({
      action: 'imported',
      version: 2,
      changes: [{ field: 'phone', before: null, after: '+212 539 12 34 56' }],
    });
  });

  it('writes nothing when one row is bad, and reports each problem by line and column', async () => {
    const prefix = `B${unique()}`;
    const job = await runImport(
      gstAdmin,
      csv([
        row(`${prefix}-1`),
        row(`${prefix}-2`, { lat: 'abc', type: 'HOSPITAL' }),
        row(`${prefix}-3`, { province_code: '02.111' }),
        row(`${prefix}-1`),
      ]),
    );
    expect(job).toMatchObject({ status: 'failed', totalRows: 4, processedRows: 4 });
    expect(job.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['rows', 3, 'lat'] }),
        expect.objectContaining({ path: ['rows', 3, 'type'] }),
        expect.objectContaining({ path: ['rows', 4, 'province_code'] }),
        expect.objectContaining({ path: ['rows', 5, 'code'] }),
      ]),
    );
    expect(await countByPrefix(prefix)).toBe(0);
  });

  it('passes closed establishments through an export round trip, but never closes or reopens one', async () => {
    const prefix = `C${unique()}`;
    const closed = await buildEstablishment(context.handle.db, tta.id, {
      code: `${prefix}-1`,
      status: 'closed',
      closedOn: '2026-01-31',
      closureReason: 'Fusion avec le centre voisin',
    });
    const exported = await request(context.app, gstAdmin, 'GET', `/api/establishments/export.csv?q=${prefix}`);
    const roundTrip = await runImport(gstAdmin, exported.body.replace(/^\uFEFF/, ''));
    expect(roundTrip).toMatchObject({ status: 'succeeded', createdCount: 0, updatedCount: 0 });
    const reopenAttempt = await runImport(gstAdmin, csv([row(closed.code)]));
    expect(reopenAttempt).toMatchObject({
      status: 'failed',
      errors: [expect.objectContaining({ path: ['rows', 2, 'code'] })],
    });
    const closeAttempt = await runImport(gstAdmin, csv([row(`${prefix}-2`, { status: 'closed' })]));
    expect(closeAttempt).toMatchObject({
      status: 'failed',
      errors: [expect.objectContaining({ path: ['rows', 2, 'status'] })],
    });
  });

  it('rejects a file with missing or unknown columns', async () => {
    const job = await runImport(gstAdmin, 'code,name_fr,colour\nX-1,Test,red\n');
    expect(job.status).toBe('failed');
    expect(job.errors.map((error: { path: unknown[] }) => error.path[0])).toEqual(expect.arrayContaining(['header']));
  });

  it('rejects an unterminated quote as invalid CSV', async () => {
    const job = await runImport(gstAdmin, `${establishmentCsvColumns.join(',')}\n"X-1,broken\n`);
    expect(job).toMatchObject({ status: 'failed', errors: [expect.objectContaining({ path: ['file'] })] });
  });

  it('answers 403 to a nurse, 404 to another GST, 401 without a session, 400 without a file name', async () => {
    const content = csv([row(`N${unique()}`)]);
    const post = (session: TestSession | null, query: string) =>
      request(context.app, session, 'POST', `/api/establishment-imports?${query}`, content, {
        'content-type': 'text/csv',
      });
    expect((await post(nurse, `gstId=${tta.id}&fileName=a.csv`)).statusCode).toBe(403);
    expect((await post(orientalAdmin, `gstId=${tta.id}&fileName=a.csv`)).statusCode).toBe(404);
    expect((await post(null, `gstId=${tta.id}&fileName=a.csv`)).statusCode).toBe(401);
    expect((await post(gstAdmin, `gstId=${tta.id}`)).statusCode).toBe(400);
  });

  it('answers 413 for a file over 1 MB', async () => {
    const big = `${establishmentCsvColumns.join(',')}\n${'x'.repeat(1_100_000)}\n`;
    const response = await request(
      context.app,
      gstAdmin,
      'POST',
      `/api/establishment-imports?gstId=${tta.id}&fileName=big.csv`,
      big,
      {
        'content-type': 'text/csv',
      },
    );
    expect(response.statusCode).toBe(413);
  });

  it('lets only the GST see its import jobs', async () => {
    const job = await runImport(gstAdmin, csv([row(`V${unique()}`)]));
    expect((await request(context.app, orientalAdmin, 'GET', `/api/establishment-imports/${job.id}`)).statusCode).toBe(
      404,
    );
    expect((await request(context.app, nurse, 'GET', `/api/establishment-imports/${job.id}`)).statusCode).toBe(403);
  });
});

describe('CSV template and export', () => {
  it('serves a template whose example row imports cleanly', async () => {
    const template = await request(context.app, gstAdmin, 'GET', '/api/establishments/template.csv');
    expect(template.headers['content-type']).toContain('text/csv');
    const [header] = parseCsv(template.body.replace(/^\uFEFF/, ''));
    expect(header).toEqual([...establishmentCsvColumns]);
    const job = await runImport(gstAdmin, template.body.replace(/^\uFEFF/, ''));
    expect(job).toMatchObject({ status: 'succeeded', createdCount: 1, errors: [] });
  });

  it('exports the filtered registry in the import format, Arabic included', async () => {
    const prefix = `E${unique()}`;
    await runImport(gstAdmin, csv([row(`${prefix}-1`, { phone: '+212 539 00 11 22' }), row(`${prefix}-2`)]));
    const exported = await request(context.app, gstAdmin, 'GET', `/api/establishments/export.csv?q=${prefix}`);
    expect(exported.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(exported.body.replace(/^\uFEFF/, ''));
    expect(header).toEqual([...establishmentCsvColumns]);
    expect(rows.map((cells) => cells[0])).toEqual([`${prefix}-1`, `${prefix}-2`]);
    expect(rows[0]?.[2]).toBe('مركز صحي مستورد');
    const reimport = await runImport(gstAdmin, exported.body.replace(/^\uFEFF/, ''));
    expect(reimport).toMatchObject({ status: 'succeeded', createdCount: 0, updatedCount: 0 });
  });
});
