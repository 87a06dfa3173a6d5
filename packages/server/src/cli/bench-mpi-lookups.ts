// Step 2 of `npm run bench:mpi`: search-before-create latency with 2 concurrent clients. Each client types duplicate
// records of the truth again (their own record left out of the answer) and looks them up as the registration does:
// blocking keys in the database, then scoring with the GST's stored model.
import { performance } from 'node:perf_hooks';
import type { MatchModel } from '@tansiq/domain';
import type { Executor } from '@tansiq/db';
import { findPatientCandidates } from '../patients/find-patient-candidates';
import type { BenchQuery } from './bench-mpi-load';

export interface LookupResult {
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean patients read and scored per lookup. */
  examined: number;
  /** Share of lookups whose best candidate is the same person; and with the person anywhere in the first 10. */
  top1: number;
  top10: number;
  /** Share of lookups whose best candidate is the same person in the "probable" band. */
  probable: number;
}

/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

interface Sample {
  ms: number;
  examined: number;
  top1: boolean;
  top10: boolean;
  probable: boolean;
}

async function runClient(
  executor: Executor,
  gstId: string,
  model: MatchModel,
  queries: readonly BenchQuery[],
  personOf: ReadonlyMap<string, number>,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const query of queries) {
    const started = performance.now();
    const { candidates, examined } = await findPatientCandidates(executor, gstId, model, query.state, {
      limit: 10,
      excludeIds: [query.patientId],
    });
    const ms = performance.now() - started;
    const same = candidates.map((candidate) => personOf.get(candidate.patient.id) === query.person);
    samples.push({
      ms,
      examined,
      top1: same[0] === true,
      top10: same.includes(true),
      probable: same[0] === true && candidates[0]?.band === 'probable',
    });
  }
  return samples;
}

/**
 * Runs the queries on two clients at once, half each, after a short warm-up; on a server each client has its own
 * connection, so the two lookups really run in parallel.
 */
export async function measureLookups(
  clients: readonly [Executor, Executor],
  gstId: string,
  model: MatchModel,
  queries: readonly BenchQuery[],
  personOf: ReadonlyMap<string, number>,
): Promise<LookupResult> {
  const warmUp = Math.min(20, Math.floor(queries.length / 10));
  await runClient(clients[0], gstId, model, queries.slice(0, warmUp), personOf);
  const measured = queries.slice(warmUp);
  const half = Math.ceil(measured.length / 2);
  const results = await Promise.all([
    runClient(clients[0], gstId, model, measured.slice(0, half), personOf),
    runClient(clients[1], gstId, model, measured.slice(half), personOf),
  ]);
  const samples = results.flat();
  const share = (pick: (sample: Sample) => boolean) => samples.filter(pick).length / Math.max(1, samples.length);
  const latencies = samples.map((sample) => sample.ms);
  return {
    queries: samples.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    examined: samples.reduce((sum, sample) => sum + sample.examined, 0) / Math.max(1, samples.length),
    top1: share((sample) => sample.top1),
    top10: share((sample) => sample.top10),
    probable: share((sample) => sample.probable),
  };
}
