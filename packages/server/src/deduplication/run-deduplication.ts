import { isAppError } from '@tansiq/domain';
import {
  findActiveDeduplicationRun,
  findDeduplicationRun,
  lockGstDeduplication,
  updateDeduplicationRun,
  type Db,
  type StoredDeduplicationRun,
} from '@tansiq/db';
import { RunTakenOverError, SimulatedStopError, type DeduplicationOptions } from './deduplication-options';
import { trainDeduplicationModel } from './train-deduplication-model';
import { scoreDeduplicationBlocks } from './score-deduplication-blocks';
import { mergeDeduplicationClusters } from './merge-deduplication-clusters';

/**
 * The batch deduplication job (issue #3 §5): training → scoring → clustering → done. Every step commits its work with
 * the run's phase, cursor and counters in one transaction, so a run killed anywhere resumes where it stopped, without
 * comparing, queuing or merging twice. On an error the run is marked failed with a safe message and the error is
 * rethrown for pg-boss to retry; the retry resumes.
 */
export async function runDeduplication(db: Db, runId: string, options: DeduplicationOptions = {}): Promise<void> {
  const run = await claimRun(db, runId);
  if (!run) {
    return;
  }
  try {
    let current = run;
    if (current.phase === 'training') {
      current = await trainDeduplicationModel(db, current, options);
    }
    if (current.phase === 'scoring') {
      current = await scoreDeduplicationBlocks(db, current, options);
    }
    if (current.phase === 'clustering') {
      await mergeDeduplicationClusters(db, current, options);
    }
  } catch (error) {
    if (error instanceof RunTakenOverError) {
      return;
    }
    await updateDeduplicationRun(db, run.gstId, run.id, { status: 'failed', error: safeMessage(error) });
    throw error;
  }
}

/**
 * Marks the run running, unless it already succeeded, or it failed and a newer run of its GST took over (a late retry
 * must not run beside it).
 */
async function claimRun(db: Db, runId: string): Promise<StoredDeduplicationRun | undefined> {
  const found = await findDeduplicationRun(db, runId);
  if (!found || found.status === 'succeeded') {
    return undefined;
  }
  return db.transaction(async (tx) => {
    await lockGstDeduplication(tx, found.gstId);
    const run = await findDeduplicationRun(tx, runId);
    if (!run || run.status === 'succeeded') {
      return undefined;
    }
    const active = await findActiveDeduplicationRun(tx, run.gstId);
    if (active !== undefined && active.id !== run.id) {
      return undefined;
    }
    await updateDeduplicationRun(tx, run.gstId, run.id, { status: 'running', error: null, started: true });
    return { ...run, status: 'running' as const, error: null };
  });
}

/** What the page shows of a failure: never the cause's text, which may quote patient data (a key, a value). */
function safeMessage(error: unknown): string {
  if (error instanceof SimulatedStopError) {
    return error.message;
  }
  if (isAppError(error) && error.code !== 'internal') {
    return error.message;
  }
  return 'The deduplication stopped on an unexpected error; it resumes where it stopped when the job is retried';
}
