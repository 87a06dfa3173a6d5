import { z } from 'zod';
import { listInterruptedDeduplicationRuns, type Db } from '@tansiq/db';
import type { JobDefinition, JobQueue } from '../jobs/job-queue';
import { runDeduplication } from './run-deduplication';

export const deduplicationJobName = 'patient-deduplication';

const payloadSchema = z.strictObject({ gstId: z.uuid(), runId: z.uuid() });
export type DeduplicationPayload = z.infer<typeof payloadSchema>;

/** The job definition registered with the queue. */
export const deduplicationJob = (db: Db): JobDefinition => ({
  name: deduplicationJobName,
  // A run over a million patients takes longer than pg-boss's default 15 minutes; a second worker would only wait.
  expireInSeconds: 6 * 60 * 60,
  handle: (payload) => runDeduplication(db, payloadSchema.parse(payload).runId),
});

/**
 * Sends the job again for every run left queued or running when the server stopped (call it at start-up): each resumes
 * from its committed phase and cursor. A run whose job is still alive is safe too: pages and merges are committed with
 * a compare-and-set on the run, so a second worker stops at its first commit.
 */
export async function resumeInterruptedRuns(db: Db, jobs: JobQueue): Promise<number> {
  const runs = await listInterruptedDeduplicationRuns(db);
  for (const run of runs) {
    await jobs.send<DeduplicationPayload>(deduplicationJobName, { gstId: run.gstId, runId: run.id });
  }
  return runs.length;
}
