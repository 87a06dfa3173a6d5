// `npm run bench:hr [-- --quick]`: speed of the regional HR features (issue #5, Performance). Builds a region-size
// dataset in the TTA GST (embedded PGlite, or DATABASE_URL: a database of its own, dropped at the end), then runs each
// section below. Writes bench/results/hr.json (hr-quick.json with --quick); the last line of output is the summary.
//
// Adding a section (rosters, statements): write `bench/hr-<section>.ts` exporting a function that takes the
// `HrBenchContext` and returns `HrMetrics`, and add it to `sections`. Each section builds any extra data it needs.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { findGstByRegion, openDatabase, type Db } from '@tansiq/db';
import { loadConfig } from '../packages/server/src/config';
import { prepareDatabase } from '../packages/server/src/prepare-database';
import type { HrMetrics } from './hr-metrics';
import { benchRosters } from './hr-rosters';
import { benchStatements } from './hr-statements';
import { benchWisn } from './hr-wisn';
import { buildHrWorld, hrWorldSize } from './hr-world';

/** What every section receives: the database, the GST of the generated region and the year of its activity. */
export interface HrBenchContext {
  db: Db;
  gstId: string;
  year: number;
  quick: boolean;
}

type HrBenchSection = (context: HrBenchContext) => Promise<HrMetrics>;

const sections: Record<string, HrBenchSection> = {
  // WISN for the whole region, target ≤ 2 s.
  wisn: (context) => benchWisn(context.db, context.gstId, context.year, context.quick ? 3 : 5),
  // Roster generation for a province: 200 staff, 12 lines, a month; target ≤ 30 s, 0 hard-rule violations.
  rosters: async (context) => (await benchRosters(context.quick)).metrics,
  // The pay-per-act statements of all staff of the region for a month; target ≤ 10 s.
  statements: (context) => benchStatements(context.db, context.gstId, context.year),
};

const quick = process.argv.includes('--quick');
const root = resolve(import.meta.dirname, '..');
const year = 2025;
const size = hrWorldSize(quick);

const config = loadConfig({ ...process.env, DEMO_MODE: 'false', DATA_DIR: '' });
const serverUrl = config.database.kind === 'postgres' ? config.database.url : null;
const benchDatabase = `tansiq_bench_hr_${Date.now()}`;
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
console.log('bench:hr: preparing the database…');
await prepareDatabase(handle, { referenceDataDir: resolve(root, 'reference-data/morocco'), demoMode: false });
const gst = await findGstByRegion(handle.db, '01');
if (!gst) {
  throw new Error('No TTA GST');
}
const buildStarted = performance.now();
await buildHrWorld(handle.db, gst.id, size, year);
const buildMs = performance.now() - buildStarted;
const metrics: HrMetrics = { dataset_build: { value: buildMs, unit: 'ms' } };
for (const [name, section] of Object.entries(sections)) {
  console.log(`bench:hr ${name}…`);
  Object.assign(metrics, await section({ db: handle.db, gstId: gst.id, year, quick }));
}
await handle.close();
await onServer(`drop database if exists ${benchDatabase} with (force)`);
for (const metric of Object.values(metrics)) {
  metric.value = Math.round(metric.value * 10) / 10;
}
const result = {
  bench: 'hr',
  quick,
  size,
  database: handle.kind,
  machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  date: new Date().toISOString(),
  metrics,
};
await mkdir(resolve(root, 'bench/results'), { recursive: true });
await writeFile(resolve(root, `bench/results/hr${quick ? '-quick' : ''}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify({ bench: 'hr', metrics }));
