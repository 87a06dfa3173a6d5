import { z } from 'zod';

export const deduplicationRunScopes = ['index', 'import'] as const;
export type DeduplicationRunScope = (typeof deduplicationRunScopes)[number];

export const deduplicationRunStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type DeduplicationRunStatus = (typeof deduplicationRunStatuses)[number];

/** The phases of a run, in order: learn a model, score the blocks, merge the clusters. */
export const deduplicationRunPhases = ['training', 'scoring', 'clustering', 'done'] as const;
export type DeduplicationRunPhase = (typeof deduplicationRunPhases)[number];

/**
 * A batch deduplication of a GST's regional index (issue #3 §5), with its progress: blocking keys walked, pairs formed
 * and scored, clusters merged automatically above the link threshold, pairs sent to the review queue between the
 * thresholds. It never carries patient data.
 */
export const deduplicationRunSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  scope: z.enum(deduplicationRunScopes),
  importJobId: z.uuid().nullable(),
  status: z.enum(deduplicationRunStatuses),
  phase: z.enum(deduplicationRunPhases),
  /** Blocking keys shared by at least two active patients when scoring began, and how many are done. */
  keysTotal: z.number().int(),
  keysDone: z.number().int(),
  /** Pairs formed inside the blocks (a pair sharing several keys counts once per page it appears in). */
  candidatePairs: z.number().int(),
  /** Pairs scored (pairs already decided or already queued are not scored again). */
  comparisons: z.number().int(),
  autoMerged: z.number().int(),
  sentToReview: z.number().int(),
  modelVersion: z.number().int().nullable(),
  linkThreshold: z.number().nullable(),
  reviewThreshold: z.number().nullable(),
  /** A message safe to show (never patient data) when the run failed. */
  error: z.string().nullable(),
  requestedBy: z.uuid().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type DeduplicationRun = z.infer<typeof deduplicationRunSchema>;

/** Starting a run: the whole regional index of a GST. */
export const startDeduplicationRunInputSchema = z.strictObject({
  gstId: z.uuid(),
  scope: z.literal('index'),
});
export type StartDeduplicationRunInput = z.infer<typeof startDeduplicationRunInputSchema>;

/** The runs of a GST, latest first. */
export const listDeduplicationRunsQuerySchema = z.strictObject({
  gstId: z.uuid(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListDeduplicationRunsQuery = z.infer<typeof listDeduplicationRunsQuerySchema>;

export const deduplicationRunPageSchema = z.object({
  items: z.array(deduplicationRunSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DeduplicationRunPage = z.infer<typeof deduplicationRunPageSchema>;

/** A run still queued or running: one at a time per GST, and the page keeps polling it. */
export const isDeduplicationRunActive = (run: Pick<DeduplicationRun, 'status'>): boolean =>
  run.status === 'queued' || run.status === 'running';

/** Share of the blocking keys walked, from 0 to 1 (a finished run is complete even with no keys). */
export function deduplicationProgress(run: Pick<DeduplicationRun, 'status' | 'keysDone' | 'keysTotal'>): number {
  if (run.status === 'succeeded') {
    return 1;
  }
  return run.keysTotal > 0 ? Math.min(1, run.keysDone / run.keysTotal) : 0;
}
