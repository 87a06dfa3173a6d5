import { randomUUID } from 'node:crypto';
import { conflict, type DeduplicationRun, type StartDeduplicationRunInput } from '@tansiq/domain';
import {
  findActiveDeduplicationRun,
  insertAuditEvent,
  insertDeduplicationRun,
  lockGstDeduplication,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { JobQueue } from '../jobs/job-queue';
import { authorizeDeduplication } from './deduplication-access';
import { deduplicationJobName, type DeduplicationPayload } from './deduplication-job';
import { presentDeduplicationRun } from './present-deduplication-run';

/**
 * Queues a batch deduplication of a GST's regional index and sends its job; the page then polls the run.
 * @throws AppError not_found (GST out of scope), forbidden, conflict when a run of the GST is already queued or running.
 */
export async function startDeduplicationRun(
  deps: { db: Db; jobs: JobQueue },
  context: RequestContext,
  input: StartDeduplicationRunInput,
): Promise<DeduplicationRun> {
  await authorizeDeduplication(deps.db, context.actor, input.gstId);
  const run = await deps.db.transaction(async (tx) => {
    await lockGstDeduplication(tx, input.gstId);
    if (await findActiveDeduplicationRun(tx, input.gstId)) {
      throw conflict('A deduplication of this index is already under way; wait for it to finish');
    }
    const stored = await insertDeduplicationRun(tx, {
      gstId: input.gstId,
      id: randomUUID(),
      scope: input.scope,
      requestedBy: context.actor.userId,
    });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'deduplication.start',
        entityType: 'deduplication_run',
        entityId: stored.id,
        gstId: input.gstId,
        details: { scope: input.scope },
      }),
    );
    return stored;
  });
  await deps.jobs.send<DeduplicationPayload>(deduplicationJobName, { gstId: run.gstId, runId: run.id });
  return presentDeduplicationRun(run);
}
