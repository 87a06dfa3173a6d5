// `npm run bench:referrals [-- --quick]` (issue #4, Performance): 20 clients (--quick: 5) drive whole referral loops
// through the HTTP API for 60 s (--quick: 10 s) against a PostgreSQL server, then 1,000,000 past referrals
// (--quick: 50,000) are bulk-written and each dashboard query is timed. Needs DATABASE_URL; works in a database of its
// own, dropped at the end. Writes bench/results/referrals.json (-quick); the last line of output is the summary.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closeConnections, percentile } from './referrals-http';
import { timeDashboardQueries, writeHistory, type QueryTiming } from './referrals-history';
import { backendCpu, cpuBetween } from './referrals-cpu';
import { runLoad, type LoadReport } from './referrals-load';
import { openBenchWorld } from './referrals-world';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    clients: { type: 'string' },
    seconds: { type: 'string' },
    referrals: { type: 'string' },
    // Skips the 60 s loop of transitions: only the history and the dashboard queries are measured.
    'skip-load': { type: 'boolean', default: false },
  },
});
const quick = values.quick === true;
const clientCount = Number(values.clients ?? (quick ? 5 : 20));
const seconds = Number(values.seconds ?? (quick ? 10 : 60));
const historySize = Number(values.referrals ?? (quick ? 50_000 : 1_000_000));
const skipLoad = values['skip-load'] === true;
const root = resolve(import.meta.dirname, '..');
const log = (line: string) => console.log(line);
const round = (value: number) => Math.round(value * 10) / 10;

let world;
try {
  world = await openBenchWorld(clientCount, root);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
log(
  `bench:referrals — ${clientCount} clients for ${seconds} s, then ${historySize.toLocaleString('en')} past referrals`,
);
let load: LoadReport;
let serverCpuMs: number;
let postgresCpuMs: number;
let writeRate: number;
let timings: QueryTiming[];
try {
  const postgresBefore = await backendCpu(world.handle);
  const serverBefore = process.cpuUsage();
  load = await runLoad(world, skipLoad ? 0 : clientCount, skipLoad ? 0 : seconds);
  const serverCpu = process.cpuUsage(serverBefore);
  serverCpuMs = (serverCpu.user + serverCpu.system) / 1000;
  postgresCpuMs = cpuBetween(postgresBefore, await backendCpu(world.handle));
  log(`load: ${load.transitions} transitions, ${load.loops} closed loops in ${round(load.seconds)} s`);
  writeRate = await writeHistory(world, historySize, log);
  timings = await timeDashboardQueries(world);
} finally {
  closeConnections();
  await world.dispose();
}

const errorsOf = new Map(load.errors);
const endpoints = load.latencies.map(([endpoint, samples]) => ({
  endpoint,
  requests: samples.length,
  p50: round(percentile(samples, 50)),
  p95: round(percentile(samples, 95)),
  p99: round(percentile(samples, 99)),
  errors: errorsOf.get(endpoint) ?? 0,
}));
const allSamples = load.latencies.flatMap(([, samples]) => samples);
const errors = endpoints.reduce((sum, endpoint) => sum + endpoint.errors, 0);
const transitionsPerSecond = load.transitions / load.seconds;

log('\nendpoint                                                     requests     p50     p95     p99  errors');
for (const row of endpoints) {
  log(
    `${row.endpoint.padEnd(60)} ${String(row.requests).padStart(8)} ${row.p50.toFixed(1).padStart(7)} ${row.p95.toFixed(1).padStart(7)} ${row.p99.toFixed(1).padStart(7)} ${String(row.errors).padStart(7)}`,
  );
}
log(`\ntransitions/s: ${round(transitionsPerSecond)} (target ≥ 300); errors: ${errors} (target 0)`);
const requestCount = allSamples.length;
const cpuPerRequest = (ms: number) => round(ms / Math.max(1, requestCount));
log(
  `CPU per request: server ${cpuPerRequest(serverCpuMs)} ms, PostgreSQL ${cpuPerRequest(postgresCpuMs)} ms, ` +
    `clients ${cpuPerRequest(load.cpuMs)} ms (${requestCount} requests; load average ${loadavg().map(round).join(' ')})`,
);
if (load.errorSamples.length > 0) {
  log(`first errors:\n  ${load.errorSamples.join('\n  ')}`);
}
log(`\nhistory written at ${Math.round(writeRate).toLocaleString('en')} referrals/s`);
log('dashboard query (12 months)            median      max   rows   (target ≤ 500 ms)');
for (const timing of timings) {
  log(
    `${timing.name.padEnd(38)} ${timing.medianMs.toFixed(0).padStart(6)} ms ${timing.maxMs.toFixed(0).padStart(6)} ms ${String(timing.rows).padStart(5)}`,
  );
}

type Metrics = Record<string, { value: number; unit: string }>;
const metrics: Metrics = {
  transitions_per_s: { value: round(transitionsPerSecond), unit: 'transitions/s' },
  request_p50: { value: round(percentile(allSamples, 50)), unit: 'ms' },
  request_p95: { value: round(percentile(allSamples, 95)), unit: 'ms' },
  request_p99: { value: round(percentile(allSamples, 99)), unit: 'ms' },
  errors: { value: errors, unit: 'requests' },
  server_cpu_per_request: { value: cpuPerRequest(serverCpuMs), unit: 'ms' },
  postgres_cpu_per_request: { value: cpuPerRequest(postgresCpuMs), unit: 'ms' },
  history_write_rate: { value: Math.round(writeRate), unit: 'referrals/s' },
  dashboard_max: { value: round(Math.max(...timings.map((timing) => timing.maxMs))), unit: 'ms' },
};
const result = {
  bench: 'referrals',
  quick,
  clients: clientCount,
  seconds: round(load.seconds),
  historyReferrals: historySize,
  database: 'postgres',
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map(round),
  },
  node: process.version,
  date: new Date().toISOString(),
  load: { transitions: load.transitions, loops: load.loops, endpoints, errorSamples: load.errorSamples },
  dashboard: timings.map((timing) => ({ ...timing, medianMs: round(timing.medianMs), maxMs: round(timing.maxMs) })),
  metrics,
};
await mkdir(resolve(root, 'bench/results'), { recursive: true });
await writeFile(
  resolve(root, `bench/results/referrals${quick ? '-quick' : ''}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(JSON.stringify({ bench: 'referrals', metrics }));
