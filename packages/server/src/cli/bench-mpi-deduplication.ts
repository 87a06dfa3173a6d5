// Step 3 of `npm run bench:mpi`: the batch deduplication job over the whole index (the job function itself, as the
// queue runs it), timed per phase, then its merges and review queue scored against the truth.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { evaluatePairs, type PairEvaluation, type RecordPair } from '@tansiq/domain';
import { asText, findDeduplicationRun, insertDeduplicationRun, queryRows, type Db, type Executor } from '@tansiq/db';
import { runDeduplication } from '../deduplication/run-deduplication';

export interface DeduplicationResult {
  totalMs: number;
  /** Milliseconds per phase, as seen by polling the run from another connection (±0.2 s); empty on PGlite. */
  phaseMs: Record<string, number>;
  /**
   * This process's CPU milliseconds per phase (user + system, the database server's not included): on a shared
   * machine, what the job itself spent, whatever the other processes took.
   */
  phaseCpuMs: Record<string, number>;
  candidatePairs: number;
  comparisons: number;
  autoMerged: number;
  sentToReview: number;
  linkThreshold: number | null;
  reviewThreshold: number | null;
  /** Merges and pending pairs (what a reviewer would accept) against the truth; merges alone. */
  evaluation: PairEvaluation;
  automaticEvaluation: PairEvaluation;
}

/** Polls the run's phase every 200 ms on another executor, noting when each phase began. */
function watchPhases(
  executor: Executor,
  runId: string,
): { stop(): Promise<{ wall: Record<string, number>; cpu: Record<string, number> }> } {
  const seen = new Map<string, number>();
  const cpuSeen = new Map<string, number>();
  const cpuNow = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const started = performance.now();
  let running = true;
  const loop = (async () => {
    while (running) {
      const run = await findDeduplicationRun(executor, runId);
      if (run && !seen.has(run.phase)) {
        seen.set(run.phase, performance.now() - started);
        cpuSeen.set(run.phase, cpuNow());
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const ended = performance.now() - started;
      const cpuEnded = cpuNow();
      const order = ['training', 'scoring', 'clustering', 'done'].filter((phase) => seen.has(phase));
      // PGlite answers without I/O, so the job's promise chain never yields to timers: no phase is observed there.
      if (order.length < 2) {
        return { wall: {}, cpu: {} };
      }
      const durations = (marks: Map<string, number>, end: number) =>
        Object.fromEntries(
          order
            .filter((phase) => phase !== 'done')
            .map((phase, index) => {
              const next = order[index + 1];
              return [phase, (next === undefined ? end : (marks.get(next) ?? end)) - (marks.get(phase) ?? 0)];
            }),
        );
      return { wall: durations(seen, ended), cpu: durations(cpuSeen, cpuEnded) };
    },
  };
}

/** Every pair within each group of ids. */
function pairsWithin(groups: Iterable<readonly string[]>): RecordPair[] {
  const pairs: RecordPair[] = [];
  for (const group of groups) {
    group.forEach((left, index) => {
      for (const right of group.slice(index + 1)) {
        pairs.push([left, right]);
      }
    });
  }
  return pairs;
}

/**
 * The predicted duplicate pairs: every pair of records now in one golden record (the run's merges), and for each
 * pending pair, every pair across the two records' golden records (what accepting it in the review queue would link).
 */
async function predictedPairs(db: Db, gstId: string): Promise<{ merged: RecordPair[]; withPending: RecordPair[] }> {
  const links = await queryRows(
    db,
    sql`select id, merged_into_id from patients where gst_id = ${gstId} and status = 'merged'`,
  );
  const parent = new Map(links.map((row) => [asText(row.id), asText(row.merged_into_id)]));
  const golden = (id: string): string => {
    let current = id;
    for (let depth = 0; depth < 100 && parent.has(current); depth += 1) {
      current = parent.get(current) ?? current;
    }
    return current;
  };
  const clusters = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = golden(id);
    clusters.set(root, [...(clusters.get(root) ?? [root]), id]);
  }
  const merged = pairsWithin(clusters.values());
  const pending = await queryRows(
    db,
    sql`select patient_a_id, patient_b_id from match_candidates where gst_id = ${gstId} and status = 'pending'`,
  );
  const across: RecordPair[] = [];
  for (const row of pending) {
    const left = golden(asText(row.patient_a_id));
    const right = golden(asText(row.patient_b_id));
    for (const a of clusters.get(left) ?? [left]) {
      for (const b of clusters.get(right) ?? [right]) {
        across.push([a, b]);
      }
    }
  }
  return { merged, withPending: [...merged, ...across] };
}

/** A linked pair (merged or queued) of two records that are not one person, with what the engine saw. */
export interface FalseLink {
  status: string;
  probability: number;
  reasons: unknown;
  records: unknown[];
}

/**
 * The pairs the run linked directly (merged automatically or queued for review) between records of two people, with
 * both records' first states and the pair's reasons: the material to analyse false positives (never committed).
 */
export async function listFalseLinks(
  db: Db,
  gstId: string,
  personOf: ReadonlyMap<string, number>,
): Promise<FalseLink[]> {
  const rows = await queryRows(
    db,
    sql`select m.status, m.probability, m.reasons, a.state as a_state, b.state as b_state, m.patient_a_id,
        m.patient_b_id
      from match_candidates m
      join patient_versions a on a.gst_id = m.gst_id and a.patient_id = m.patient_a_id and a.version = 1
      join patient_versions b on b.gst_id = m.gst_id and b.patient_id = m.patient_b_id and b.version = 1
      where m.gst_id = ${gstId} and m.status in ('auto_merged', 'pending')`,
  );
  return rows
    .filter((row) => personOf.get(asText(row.patient_a_id)) !== personOf.get(asText(row.patient_b_id)))
    .map((row) => ({
      status: asText(row.status),
      probability: Number(row.probability),
      reasons: row.reasons,
      records: [row.a_state, row.b_state],
    }));
}

/** Runs a deduplication of the whole index to the end and scores it against the truth pairs. */
export async function measureDeduplication(
  db: Db,
  watcher: Executor,
  gstId: string,
  truth: readonly RecordPair[],
): Promise<DeduplicationResult> {
  const runId = randomUUID();
  await db.transaction((tx) => insertDeduplicationRun(tx, { gstId, id: runId, scope: 'index', requestedBy: null }));
  const phases = watchPhases(watcher, runId);
  const started = performance.now();
  // The lookups already learnt the model on this index (same sample size): the run uses it instead of learning it
  // a second time, so training is counted once, in model_training_s.
  await runDeduplication(db, runId, { minimumPatientsForTraining: Number.POSITIVE_INFINITY });
  const totalMs = performance.now() - started;
  const { wall: phaseMs, cpu: phaseCpuMs } = await phases.stop();
  const run = await findDeduplicationRun(db, runId);
  if (!run || run.status !== 'succeeded') {
    throw new Error(`The deduplication run ended ${run?.status ?? 'missing'}: ${run?.error ?? ''}`);
  }
  const predicted = await predictedPairs(db, gstId);
  return {
    totalMs,
    phaseMs,
    phaseCpuMs,
    candidatePairs: run.candidatePairs,
    comparisons: run.comparisons,
    autoMerged: run.autoMerged,
    sentToReview: run.sentToReview,
    linkThreshold: run.linkThreshold,
    reviewThreshold: run.reviewThreshold,
    evaluation: evaluatePairs(predicted.withPending, truth),
    automaticEvaluation: evaluatePairs(predicted.merged, truth),
  };
}
