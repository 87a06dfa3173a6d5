import { randomUUID } from 'node:crypto';
import {
  authorize,
  canManageRegistry,
  canViewRegistry,
  notFound,
  type ImportJob,
  type StartImportQuery,
} from '@tansiq/domain';
import { findGstById, insertAuditEvent, insertImportJob, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { auditEventFor } from '../audit/audit-event-for';
import type { JobQueue } from '../jobs/job-queue';
import { establishmentImportJobName, type EstablishmentImportPayload } from './run-establishment-import';

/**
 * Stores an uploaded CSV and queues its import; the web app then polls the job.
 * @throws AppError not_found (GST out of scope), forbidden.
 */
export async function startEstablishmentImport(
  deps: { db: Db; jobs: JobQueue },
  context: RequestContext,
  query: StartImportQuery,
  content: string,
): Promise<ImportJob> {
  const gst = await findGstById(deps.db, query.gstId);
  if (!gst) {
    throw notFound('GST');
  }
  authorize({
    visible: canViewRegistry(context.actor, gst.id),
    allowed: canManageRegistry(context.actor, { gstId: gst.id }),
    entity: 'GST',
    gstId: gst.id,
  });
  const id = randomUUID();
  const job = await deps.db.transaction(async (tx) => {
    const stored = await insertImportJob(tx, {
      gstId: gst.id,
      id,
      fileName: query.fileName,
      content,
      createdBy: context.actor.userId,
      totalRows: 0,
    });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'establishment.import.start',
        entityType: 'import_job',
        entityId: id,
        gstId: gst.id,
        details: { fileName: query.fileName, bytes: Buffer.byteLength(content) },
      }),
    );
    return stored;
  });
  await deps.jobs.send<EstablishmentImportPayload>(establishmentImportJobName, {
    gstId: gst.id,
    jobId: id,
    requestId: context.requestId,
    ip: context.ip,
  });
  return job;
}
