import type { DeduplicationRun } from '@tansiq/domain';
import type { StoredDeduplicationRun } from '@tansiq/db';

/** What leaves the server about a run: its progress and counts, never its internal keyset cursor. */
export function presentDeduplicationRun(run: StoredDeduplicationRun | DeduplicationRun): DeduplicationRun {
  return {
    id: run.id,
    gstId: run.gstId,
    scope: run.scope,
    importJobId: run.importJobId,
    status: run.status,
    phase: run.phase,
    keysTotal: run.keysTotal,
    keysDone: run.keysDone,
    candidatePairs: run.candidatePairs,
    comparisons: run.comparisons,
    autoMerged: run.autoMerged,
    sentToReview: run.sentToReview,
    modelVersion: run.modelVersion,
    linkThreshold: run.linkThreshold,
    reviewThreshold: run.reviewThreshold,
    error: run.error,
    requestedBy: run.requestedBy,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}
