// `npm run bench:registry [-- --quick]`: speed of the registry of the care offer at national scale and beyond.
// Builds a registry of N establishments in the TTA GST (embedded PGlite, or DATABASE_URL), then measures the bulk
// write, the list queries the web app sends (filters, Latin and Arabic search), the detail page, the map points and a
// CSV import of 2,000 rows end to end. Writes bench/results/registry.json; the last line of output is the summary.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  diffEstablishmentStates,
  establishmentCsvColumns,
  establishmentTypes,
  specialties,
  toCsv,
  type EstablishmentState,
} from '@tansiq/domain';
import {
  findEstablishmentById,
  findGstByRegion,
  insertImportJob,
  listCommunes,
  listEstablishmentPoints,
  listEstablishments,
  openDatabase,
  writeEstablishments,
  type EstablishmentWrite,
} from '@tansiq/db';
import { loadConfig } from '../packages/server/src/config';
import { prepareDatabase } from '../packages/server/src/prepare-database';
import { runEstablishmentImport } from '../packages/server/src/establishments/run-establishment-import';

const quick = process.argv.includes('--quick');
const size = quick ? 2_000 : 20_000;
const repetitions = quick ? 20 : 50;
const root = resolve(import.meta.dirname, '..');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function time(run: () => Promise<unknown>, times = repetitions): Promise<{ p50: number; p95: number }> {
  await run();
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const config = loadConfig({ ...process.env, DEMO_MODE: 'false', DATA_DIR: '' });
// On a server, a database of its own, dropped at the end: the bench never writes into the database it was pointed at.
const serverUrl = config.database.kind === 'postgres' ? config.database.url : null;
const benchDatabase = `tansiq_bench_${Date.now()}`;
async function onServer(statement: string): Promise<void> {
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(statement);
    await admin.end();
  }
}
await onServer(`create database ${benchDatabase}`);
const benchUrl = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${benchDatabase}` }).toString() : null;
const handle = await openDatabase(benchUrl ? { kind: 'postgres', url: benchUrl } : { kind: 'pglite', dataDir: null });
await prepareDatabase(handle, { referenceDataDir: resolve(root, 'reference-data/morocco'), demoMode: false });
const db = handle.db;
const gst = await findGstByRegion(db, '01');
if (!gst) {
  throw new Error('No TTA GST');
}
const communes = await listCommunes(db, { regionCode: '01' });
const run = randomUUID().slice(0, 6).toUpperCase();
const state = (index: number): EstablishmentState => {
  const commune = communes[index % communes.length];
  const type = establishmentTypes[index % 6] ?? 'CSR-1';
  return {
    code: `B${run}-${index}`,
    nameFr: `Centre de santé banc d'essai ${commune?.nameFr ?? ''} ${index}`,
    nameAr: `المركز الصحي للاختبار ${commune?.nameAr ?? ''} ${index}`,
    type,
    level: 'primary',
    provinceCode: commune?.provinceCode ?? '01.151',
    communeCode: commune?.code ?? null,
    lon: commune?.lon ?? -5.26,
    lat: commune?.lat ?? 35.16,
    address: null,
    phone: null,
    status: 'active',
    openingHours: 'Mo-Fr 08:30-16:30',
    services: [
      { specialtyCode: 'general_medicine', beds: 0 },
      { specialtyCode: specialties[index % specialties.length]?.code ?? 'dental', beds: index % 7 },
    ].filter(
      (service, position, all) => all.findIndex((other) => other.specialtyCode === service.specialtyCode) === position,
    ),
    equipment: [{ equipmentCode: 'ultrasound', quantity: 1 }],
    closedOn: null,
    closureReason: null,
  };
};

const writes: EstablishmentWrite[] = Array.from({ length: size }, (_, index) => {
  const next = state(index);
  return { id: randomUUID(), version: 1, state: next, action: 'created', changes: diffEstablishmentStates(null, next) };
});
const writeStarted = performance.now();
await db.transaction((tx) => writeEstablishments(tx, gst.id, writes, null));
const writeMs = performance.now() - writeStarted;

const scope = { gstIds: [gst.id] };
const page = { page: 1, pageSize: 25 };
const list = {
  firstPage: await time(() => listEstablishments(db, scope, { gstId: gst.id, ...page })),
  provinceAndType: await time(() =>
    listEstablishments(db, scope, { gstId: gst.id, provinceCode: '01.151', type: ['CSR-1', 'CSR-2'], ...page }),
  ),
  specialty: await time(() => listEstablishments(db, scope, { gstId: gst.id, specialtyCode: 'cardiology', ...page })),
  searchLatin: await time(() => listEstablishments(db, scope, { gstId: gst.id, q: 'chefchaouen 12', ...page })),
  searchArabic: await time(() => listEstablishments(db, scope, { gstId: gst.id, q: 'شفشاون', ...page })),
  lastPage: await time(() =>
    listEstablishments(db, scope, { gstId: gst.id, page: Math.floor(size / 25), pageSize: 25 }),
  ),
};
const someId = writes[Math.floor(size / 2)]?.id ?? '';
const detail = await time(() => findEstablishmentById(db, someId));
const points = await time(() => listEstablishmentPoints(db, scope, gst.id), quick ? 5 : 10);

const importRows = 2_000;
const csv = toCsv([
  [...establishmentCsvColumns],
  ...Array.from({ length: importRows }, (_, index) => {
    const row = state(size + index);
    return [
      row.code,
      row.nameFr,
      row.nameAr,
      row.type,
      row.level,
      row.provinceCode,
      row.communeCode,
      row.lon,
      row.lat,
      '',
      '',
      'active',
      row.openingHours,
      'general_medicine:0|cardiology:4',
      'ultrasound:1',
    ];
  }),
]);
const job = await insertImportJob(db, {
  gstId: gst.id,
  id: randomUUID(),
  fileName: 'bench.csv',
  content: csv,
  createdBy: randomUUID(),
  totalRows: 0,
});
const importStarted = performance.now();
await runEstablishmentImport(db, { gstId: gst.id, jobId: job.id, requestId: 'bench', ip: null });
const importMs = performance.now() - importStarted;
await handle.close();
await onServer(`drop database if exists ${benchDatabase} with (force)`);

const metrics: Record<string, { value: number; unit: string }> = {
  bulk_write_rate: { value: Math.round(size / (writeMs / 1000)), unit: 'establishments/s' },
  list_first_page_p95: { value: list.firstPage.p95, unit: 'ms' },
  list_province_type_p95: { value: list.provinceAndType.p95, unit: 'ms' },
  list_specialty_p95: { value: list.specialty.p95, unit: 'ms' },
  search_latin_p95: { value: list.searchLatin.p95, unit: 'ms' },
  search_arabic_p95: { value: list.searchArabic.p95, unit: 'ms' },
  list_last_page_p95: { value: list.lastPage.p95, unit: 'ms' },
  detail_p95: { value: detail.p95, unit: 'ms' },
  map_points_p95: { value: points.p95, unit: 'ms' },
  csv_import_2000_rows: { value: Math.round(importMs), unit: 'ms' },
};
for (const metric of Object.values(metrics)) {
  metric.value = Math.round(metric.value * 10) / 10;
}
const result = {
  bench: 'registry',
  quick,
  establishments: size,
  database: handle.kind,
  machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  date: new Date().toISOString(),
  p50: Object.fromEntries(
    Object.entries({ ...list, detail, points }).map(([name, value]) => [name, Math.round(value.p50 * 10) / 10]),
  ),
  metrics,
};
await mkdir(resolve(root, 'bench/results'), { recursive: true });
await writeFile(
  resolve(root, `bench/results/registry${quick ? '-quick' : ''}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(JSON.stringify({ bench: 'registry', metrics }));
