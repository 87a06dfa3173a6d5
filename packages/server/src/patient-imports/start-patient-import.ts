import { randomUUID } from 'node:crypto';
import {
  authorize,
  canImportPatients,
  checkPatientImportHeader,
  conflict,
  notFound,
  readPatientImportFile,
  validationFailed,
  type PatientImportJob,
  type StartPatientImportInput,
} from '@tansiq/domain';
import { findPatientImportJob, insertAuditEvent, insertPatientImportJob, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { getVisibleEstablishment } from '../establishments/get-visible-establishment';
import type { RequestContext } from '../http/request-context';
import type { JobQueue } from '../jobs/job-queue';
import { patientImportJobName, type PatientImportPayload } from './run-patient-import';

/**
 * Stores an establishment's legacy patient file with its column mapping and queues its import (or, with `dryRun`,
 * only its check); the web app then polls the job. The file must be CSV whose header holds every mapped column.
 * @throws AppError not_found (establishment out of scope), forbidden, conflict (closed establishment),
 * validation_failed (unreadable file, mapped column missing from the header).
 */
export async function startPatientImport(
  deps: { db: Db; jobs: JobQueue },
  context: RequestContext,
  input: StartPatientImportInput,
): Promise<PatientImportJob> {
  const establishment = await getVisibleEstablishment(deps.db, context.actor, input.establishmentId);
  const gstId = establishment.gstId;
  authorize({
    visible: true,
    allowed: canImportPatients(context.actor, { gstId, establishmentId: establishment.id }),
    entity: 'establishment',
    gstId,
  });
  if (establishment.status === 'closed') {
    throw conflict('This establishment is closed: its patients cannot be imported');
  }
  const read = readPatientImportFile(input.content);
  const issues = read.ok ? checkPatientImportHeader(read.file.header, input.mapping) : read.issues;
  if (issues.length > 0) {
    throw validationFailed('The file does not fit the mapping', issues);
  }
  const id = randomUUID();
  const job = await deps.db.transaction(async (tx) => {
    await insertPatientImportJob(tx, {
      gstId,
      id,
      establishmentId: establishment.id,
      fileName: input.fileName,
      content: input.content,
      mapping: input.mapping,
      dryRun: input.dryRun,
      createdBy: context.actor.userId,
    });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.import.start',
        entityType: 'import_job',
        entityId: id,
        gstId,
        details: {
          establishmentId: establishment.id,
          fileName: input.fileName,
          bytes: Buffer.byteLength(input.content),
          dryRun: input.dryRun,
        },
      }),
    );
    return findPatientImportJob(tx, id);
  });
  if (!job) {
    throw notFound('import');
  }
  await deps.jobs.send<PatientImportPayload>(patientImportJobName, {
    gstId,
    jobId: id,
    requestId: context.requestId,
    ip: context.ip,
  });
  return job;
}
