import { planClusterMerges, type ClusterMerge } from '@tansiq/domain';
import {
  addDeduplicationRunCounts,
  countOversizedMatchKeys,
  countPendingRunPairs,
  findDeduplicationRun,
  insertAuditEvent,
  listKnownPairs,
  listPatientCreationTimes,
  listRunLinks,
  lockRunningDeduplicationRun,
  updateDeduplicationRun,
  type Db,
  type StoredDeduplicationRun,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { systemRequestId } from '../audit/system-request-id';
import { mergeClusterPage } from './merge-cluster-page';
import {
  defaultClusterPageSize,
  defaultMaxBlockSize,
  RunTakenOverError,
  SimulatedStopError,
  type DeduplicationOptions,
} from './deduplication-options';

/**
 * The clustering phase: the run's pending pairs above the link threshold, between records still active, are grouped
 * with the chain guard and each cluster is merged into its oldest record; a page of clusters is merged in bulk in one
 * transaction with the run's counter. A kill between pages loses nothing: merged records are no longer active, so a
 * resumed run plans only the rest, and the same way (see planClusterMerges). Then the run succeeds.
 */
export async function mergeDeduplicationClusters(
  db: Db,
  run: StoredDeduplicationRun,
  options: DeduplicationOptions,
): Promise<void> {
  const linkThreshold = run.linkThreshold ?? 1;
  const links = await listRunLinks(db, run.gstId, run.id, linkThreshold);
  const ids = [...new Set(links.flatMap((link) => [link.patientAId, link.patientBId]))];
  const createdAt = await listPatientCreationTimes(db, run.gstId, ids);
  const separated = (await listKnownPairs(db, run.gstId, ids)).filter((pair) => pair.status === 'not_duplicate');
  const plans = planClusterMerges(links, createdAt, linkThreshold, separated);
  const pageSize = options.clusterPageSize ?? defaultClusterPageSize;
  let committed = 0;
  for (let start = 0; start < plans.length;) {
    // A simulated kill falls exactly after the number of clusters the test asks for.
    const size =
      options.stopAfterClusters === undefined ? pageSize : Math.min(pageSize, options.stopAfterClusters - committed);
    committed += await mergePage(db, run, plans.slice(start, start + size));
    start += size;
    if (options.stopAfterClusters !== undefined && committed >= options.stopAfterClusters) {
      throw new SimulatedStopError(`${committed} cluster(s) merged`);
    }
  }
  await finishRun(db, run, options);
}

/**
 * Merges a page of clusters and counts their merges, all or nothing. A cluster in conflict (a reviewer merged or
 * separated one of its records in the meantime) is left out, its pairs pending for review. Returns the clusters
 * merged.
 */
async function mergePage(db: Db, run: StoredDeduplicationRun, plans: readonly ClusterMerge[]): Promise<number> {
  return db.transaction(async (tx) => {
    if (!(await lockRunningDeduplicationRun(tx, run.gstId, run.id, 'clustering'))) {
      throw new RunTakenOverError();
    }
    const merged = await mergeClusterPage(tx, { gstId: run.gstId, runId: run.id, clusters: plans });
    const autoMerged = merged.reduce((total, plan) => total + plan.merges.length, 0);
    await addDeduplicationRunCounts(tx, run.gstId, run.id, { autoMerged });
    return merged.length;
  });
}

/** Counts the links the guard left to reviewers, marks the run succeeded and audits its outcome (no patient data). */
async function finishRun(db: Db, run: StoredDeduplicationRun, options: DeduplicationOptions): Promise<void> {
  const maxBlockSize = options.maxBlockSize ?? defaultMaxBlockSize;
  const skippedBlocks = await countOversizedMatchKeys(db, run.gstId, maxBlockSize);
  await db.transaction(async (tx) => {
    if (!(await lockRunningDeduplicationRun(tx, run.gstId, run.id, 'clustering'))) {
      throw new RunTakenOverError();
    }
    const leftForReview = await countPendingRunPairs(tx, run.gstId, run.id, run.linkThreshold ?? 1);
    await addDeduplicationRunCounts(tx, run.gstId, run.id, { sentToReview: leftForReview });
    await updateDeduplicationRun(tx, run.gstId, run.id, { status: 'succeeded', phase: 'done', finished: true });
    const finished = await findDeduplicationRun(tx, run.id);
    await insertAuditEvent(tx, {
      ...auditEventFor(
        { actor: null, requestId: systemRequestId(), ip: null },
        {
          action: 'deduplication.finish',
          entityType: 'deduplication_run',
          entityId: run.id,
          gstId: run.gstId,
          details: {
            modelVersion: finished?.modelVersion ?? null,
            keysDone: finished?.keysDone ?? 0,
            candidatePairs: finished?.candidatePairs ?? 0,
            comparisons: finished?.comparisons ?? 0,
            autoMerged: finished?.autoMerged ?? 0,
            sentToReview: finished?.sentToReview ?? 0,
            skippedBlocks,
            maxBlockSize,
          },
        },
      ),
      actorUserId: run.requestedBy,
    });
  });
}
