// `npm run bench:mpi [-- --quick] [-- --people N --seed S --skip-deduplication]`: speed and accuracy of the regional index
// (issue #3, Performance). Generates N people with duplicates (default 1,000,000; --quick 20,000), bulk-loads them,
// measures search-before-create with 2 concurrent clients, runs the batch deduplication job, and scores its merges and
// review queue against the truth. DATABASE_URL → a database of its own on that server; else PGlite under /tmp.
// Writes bench/results/mpi.json (-quick, -lookups suffixes with those options); the last line is the summary.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { truthPairs } from '@tansiq/domain';
import { findGstByRegion, listCommunes } from '@tansiq/db';
import { ensureMatchModel } from '../patients/find-patient-candidates';
import { openBenchDatabase, type BenchDatabase } from './bench-mpi-database';
import { listFalseLinks, measureDeduplication, type DeduplicationResult } from './bench-mpi-deduplication';
import { loadIndex } from './bench-mpi-load';
import { measureLookups } from './bench-mpi-lookups';

const root = resolve(import.meta.dirname, '../../../..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    people: { type: 'string' },
    seed: { type: 'string' },
    // Load and lookups only: at a million patients the batch runs for hours; measure it on a smaller index.
    'skip-deduplication': { type: 'boolean', default: false },
    // Writes the run's direct false links with both records to bench/results/mpi-false-links.json (not committed).
    'dump-false-links': { type: 'boolean', default: false },
  },
});
const quick = values.quick === true;
const skipDeduplication = values['skip-deduplication'] === true;
const people = Number(values.people ?? (quick ? 20_000 : 1_000_000));
const seed = Number(values.seed ?? 42);
if (!Number.isInteger(people) || people < 1_000 || !Number.isInteger(seed)) {
  console.error('Usage: npm run bench:mpi -- [--quick] [--people N (at least 1000)] [--seed S] [--skip-deduplication]');
  process.exit(1);
}
const queryCount = quick ? 400 : 2_000;
const log = (line: string) => console.log(line);
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** The four steps on the bench database: load, learn the model, look up, deduplicate. */
async function measure(database: BenchDatabase) {
  const db = database.handle.db;
  const gst = await findGstByRegion(db, '01');
  if (!gst) {
    throw new Error('No TTA GST');
  }
  const communes = (await listCommunes(db, { regionCode: '01' })).filter((commune) => commune.population2024 > 0);
  const loaded = await loadIndex(db, gst.id, { people, seed, communes, queries: queryCount }, log);
  log(`loaded ${loaded.records.toLocaleString('en')} records in ${seconds(loaded.writeMs)} s of writes`);
  // Fresh planner statistics, as autovacuum gives a server some time after a bulk load (PGlite has no autovacuum):
  // with the empty-table estimates, fetching 400 candidates by id ran at 400 ms instead of 10 ms at 1 M patients.
  const analyzeStarted = performance.now();
  await db.execute(sql`analyze patients, patient_match_keys`);
  const analyzeMs = performance.now() - analyzeStarted;

  const trainingStarted = performance.now();
  const model = await ensureMatchModel(db, gst.id);
  const trainingMs = performance.now() - trainingStarted;
  log(`model learnt in ${seconds(trainingMs)} s (link threshold ${model.model.thresholds.link.toFixed(3)})`);

  const personOf = new Map(loaded.patientIds.map((id, index) => [id, loaded.persons[index] ?? -1]));
  const clients = [db, database.secondHandle.db] as const;
  const lookups = await measureLookups(clients, gst.id, model.model, loaded.queries, personOf);
  log(`lookups: p50 ${lookups.p50.toFixed(1)} ms, p95 ${lookups.p95.toFixed(1)} ms, p99 ${lookups.p99.toFixed(1)} ms`);

  const measuredSoFar = { loaded, analyzeMs, trainingMs, thresholds: model.model.thresholds, lookups };
  if (skipDeduplication) {
    return { ...measuredSoFar, truthPairs: null, deduplication: null };
  }
  const truth = truthPairs(
    loaded.patientIds.map((id, index) => ({ recordId: id, personId: String(loaded.persons[index]) })),
  );
  const deduplication = await measureDeduplication(db, database.secondHandle.db, gst.id, truth);
  log(
    `deduplication: ${deduplication.comparisons.toLocaleString('en')} comparisons in ${seconds(deduplication.totalMs)} s`,
  );
  if (values['dump-false-links'] === true) {
    const falseLinks = await listFalseLinks(db, gst.id, personOf);
    await mkdir(resolve(root, 'bench/results'), { recursive: true });
    await writeFile(resolve(root, 'bench/results/mpi-false-links.json'), `${JSON.stringify(falseLinks, null, 1)}\n`);
    log(`${falseLinks.length.toLocaleString('en')} false links written to bench/results/mpi-false-links.json`);
  }
  return { ...measuredSoFar, truthPairs: truth.length, deduplication };
}

const database = await openBenchDatabase(resolve(root, 'reference-data/morocco'));
log(`bench:mpi — ${people.toLocaleString('en')} people, seed ${seed}; database: ${database.description}`);
let measured: Awaited<ReturnType<typeof measure>>;
try {
  measured = await measure(database);
} finally {
  await database.dispose();
}
const { loaded, analyzeMs, trainingMs, thresholds, lookups, deduplication } = measured;

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
type Metrics = Record<string, { value: number; unit: string }>;

function deduplicationMetrics(run: DeduplicationResult | null): Metrics {
  if (run === null) {
    return {};
  }
  const scoringMs = run.phaseMs.scoring;
  return {
    dedup_candidate_pairs: { value: run.candidatePairs, unit: 'pairs' },
    dedup_comparisons_per_s: { value: Math.round(run.comparisons / (run.totalMs / 1000)), unit: 'comparisons/s' },
    // Scoring alone, when the phases could be observed (on a server): the clustering merges are timed apart.
    ...(scoringMs === undefined
      ? {}
      : {
          dedup_scoring_comparisons_per_s: {
            value: Math.round(run.comparisons / (scoringMs / 1000)),
            unit: 'comparisons/s',
          },
          // The same per second of this process's CPU: what the machine gives when it is not shared.
          dedup_scoring_comparisons_per_cpu_s: {
            value: Math.round(run.comparisons / ((run.phaseCpuMs.scoring ?? scoringMs) / 1000)),
            unit: 'comparisons/s',
          },
          dedup_clustering: { value: round((run.phaseMs.clustering ?? 0) / 1000), unit: 's' },
        }),
    dedup_total: { value: round(run.totalMs / 1000), unit: 's' },
    precision: { value: round(run.evaluation.precision, 4), unit: 'ratio' },
    recall: { value: round(run.evaluation.recall, 4), unit: 'ratio' },
    f1: { value: round(run.evaluation.f1, 4), unit: 'ratio' },
  };
}

const metrics: Metrics = {
  load_rate: { value: Math.round(loaded.records / (loaded.writeMs / 1000)), unit: 'records/s' },
  lookup_p50: { value: round(lookups.p50), unit: 'ms' },
  lookup_p95: { value: round(lookups.p95), unit: 'ms' },
  lookup_p99: { value: round(lookups.p99), unit: 'ms' },
  lookup_top1: { value: round(lookups.top1, 3), unit: 'ratio' },
  ...deduplicationMetrics(deduplication),
};
const result = {
  bench: 'mpi',
  quick,
  people,
  seed,
  database: database.kind,
  databaseDescription: database.description,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30) },
  node: process.version,
  date: new Date().toISOString(),
  load: {
    records: loaded.records,
    skipped: loaded.skipped,
    generationSeconds: seconds(loaded.generationMs),
    writeSeconds: seconds(loaded.writeMs),
    analyzeSeconds: seconds(analyzeMs),
  },
  model: { trainingSeconds: seconds(trainingMs), thresholds },
  lookups,
  deduplication: deduplication && {
    ...deduplication,
    phaseSeconds: Object.fromEntries(Object.entries(deduplication.phaseMs).map(([phase, ms]) => [phase, seconds(ms)])),
    phaseCpuSeconds: Object.fromEntries(
      Object.entries(deduplication.phaseCpuMs).map(([phase, ms]) => [phase, seconds(ms)]),
    ),
  },
  truthPairs: measured.truthPairs,
  metrics,
};
await mkdir(resolve(root, 'bench/results'), { recursive: true });
await writeFile(
  resolve(root, `bench/results/mpi${quick ? '-quick' : ''}${skipDeduplication ? '-lookups' : ''}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(JSON.stringify({ bench: 'mpi', metrics }));
