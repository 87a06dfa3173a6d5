import {
  authorize,
  canImportPatients,
  canManagePatientIdentities,
  canViewRegistry,
  establishmentsWhereActor,
  forbidden,
  isPatientImportActive,
  notFound,
  outOfScope,
  type ListPatientImportsQuery,
  type PatientImportJob,
  type PatientImportPage,
} from '@tansiq/domain';
import { findPatientImportJob, insertAuditEvent, listPatientImportJobs, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';

/**
 * One patient import with its progress and, once finished, its report. The report names IPPs and regional ids, so
 * reading a finished one is audited; the progress polls before it are not (they carry counts only).
 * @throws AppError not_found (missing, or out of scope: audited), forbidden (another establishment's import).
 */
export async function getPatientImport(db: Db, context: RequestContext, id: string): Promise<PatientImportJob> {
  return db.transaction(async (tx) => {
    const job = await findPatientImportJob(tx, id);
    if (!job) {
      throw notFound('import');
    }
    authorize({
      visible: canViewRegistry(context.actor, job.gstId),
      allowed: canImportPatients(context.actor, { gstId: job.gstId, establishmentId: job.establishmentId }),
      entity: 'import',
      gstId: job.gstId,
    });
    if (!isPatientImportActive(job)) {
      await insertAuditEvent(
        tx,
        auditEventFor(context, {
          action: 'patient.import.view',
          entityType: 'import_job',
          entityId: job.id,
          gstId: job.gstId,
          details: { establishmentId: job.establishmentId, rows: job.rows.length },
        }),
      );
    }
    return job;
  });
}

/**
 * The import history of a GST: every import for its identity managers, those of their establishments for an
 * establishment's administrators. The list carries file names and counts, no patient data.
 * @throws AppError not_found (a GST the actor does not work in), forbidden (no import right in it).
 */
export async function listPatientImports(
  db: Db,
  context: RequestContext,
  query: ListPatientImportsQuery,
): Promise<PatientImportPage> {
  const { actor } = context;
  if (!canViewRegistry(actor, query.gstId)) {
    throw outOfScope('GST', query.gstId);
  }
  const establishmentIds = canManagePatientIdentities(actor, query.gstId)
    ? 'all'
    : establishmentsWhereActor(actor, ['establishment_admin'], query.gstId);
  if (establishmentIds !== 'all' && establishmentIds.length === 0) {
    throw forbidden(undefined, query.gstId);
  }
  const page = await listPatientImportJobs(db, { gstId: query.gstId, establishmentIds }, query);
  return { ...page, page: query.page, pageSize: query.pageSize };
}
