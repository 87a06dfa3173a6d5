import { z } from 'zod';
import {
  checkPatientImportHeader,
  readPatientImportFile,
  readPatientImportRow,
  toCommuneLookup,
  toPatientImportFields,
  type FieldIssue,
  type PatientImportCounts,
  type PatientImportJob,
  type PatientImportRow,
  type PatientImportRowOutcome,
} from '@tansiq/domain';
import {
  findGstById,
  findPatientImportJobContent,
  insertAuditEvent,
  listCommunes,
  updatePatientImportJob,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { JobDefinition } from '../jobs/job-queue';
import { ensureMatchModel } from '../patients/find-patient-candidates';
import { matchImportRows, type ImportRowDecision } from './match-import-rows';
import { toRowOutcome, writePatientImport } from './write-patient-import';

export const patientImportJobName = 'patient-import';

const payloadSchema = z.strictObject({
  gstId: z.uuid(),
  jobId: z.uuid(),
  requestId: z.string(),
  ip: z.string().nullable(),
});
export type PatientImportPayload = z.infer<typeof payloadSchema>;

/** The job definition registered with the queue. */
export const patientImportJob = (db: Db): JobDefinition => ({
  name: patientImportJobName,
  handle: (payload) => runPatientImport(db, payloadSchema.parse(payload)),
});

const maxReportedIssues = 1000;

type LoadedJob = PatientImportJob & { content: string };

/** Reads every row with the mapping; the rows that fail are rejected with their problems. */
async function readRows(
  db: Db,
  job: LoadedJob,
  regionCode: string,
  records: { line: number; cells: Record<string, string> }[],
) {
  const communes = toCommuneLookup(await listCommunes(db, { regionCode }));
  const fields = toPatientImportFields(job.mapping);
  const localIdColumn = fields.find((field) => field.role === 'local_id')?.column ?? 'local_id';
  const valid: PatientImportRow[] = [];
  const issues: FieldIssue[] = [];
  const rejected: PatientImportRowOutcome[] = [];
  for (const record of records) {
    const result = readPatientImportRow(record.cells, record.line, fields, communes);
    if (result.ok) {
      valid.push(result.row);
    } else {
      issues.push(...result.issues);
      rejected.push(rejectedRow(record.line, record.cells[localIdColumn]));
    }
  }
  return { valid, issues, rejected, localIdColumn };
}

const rejectedRow = (line: number, localId: string | undefined): PatientImportRowOutcome => ({
  line,
  localId: localId?.trim() || null,
  outcome: 'rejected',
  patientId: null,
  regionalId: null,
  candidatePatientId: null,
  candidateRegionalId: null,
  probability: null,
});

function countOutcomes(rows: readonly PatientImportRowOutcome[]): PatientImportCounts {
  const count = (outcome: PatientImportRowOutcome['outcome']) => rows.filter((row) => row.outcome === outcome).length;
  return {
    linked: count('linked'),
    new: count('new'),
    sentToReview: count('sent_to_review'),
    rejected: count('rejected'),
  };
}

/**
 * The import job: read the file with its mapping, validate every row, match each valid row against the regional
 * index, then — only when no row is rejected and it is not a dry run — write everything in one transaction. A rejected
 * row fails the whole file: nothing is written and the report lists every problem by line and column. Safe to run
 * again: a finished job is left alone, and an interrupted one starts over (nothing was written).
 */
export async function runPatientImport(db: Db, payload: PatientImportPayload): Promise<void> {
  const job = await findPatientImportJobContent(db, payload.gstId, payload.jobId);
  const gst = job ? await findGstById(db, job.gstId) : undefined;
  if (!job || !gst || job.status === 'succeeded' || job.status === 'failed') {
    return;
  }
  const auditContext = { actor: null, requestId: payload.requestId, ip: payload.ip };
  const finish = async (status: 'succeeded' | 'failed', rows: PatientImportRowOutcome[], issues: FieldIssue[]) => {
    const counts = countOutcomes(rows);
    await db.transaction(async (tx) => {
      await insertAuditEvent(tx, importAuditEvent(job, auditContext, counts, status));
      await updatePatientImportJob(tx, job.gstId, job.id, {
        status,
        processedRows: rows.length,
        counts,
        rows,
        errors: issues.slice(0, maxReportedIssues),
        finishedAt: new Date(),
      });
    });
  };
  const read = readPatientImportFile(job.content);
  const fileIssues = read.ok ? checkPatientImportHeader(read.file.header, job.mapping) : read.issues;
  if (!read.ok || fileIssues.length > 0) {
    await finish('failed', [], fileIssues);
    return;
  }
  const { records } = read.file;
  await updatePatientImportJob(db, gst.id, job.id, { status: 'running', totalRows: records.length, processedRows: 0 });
  const { valid, issues, rejected, localIdColumn } = await readRows(db, job, gst.regionCode, records);
  const { model } = await ensureMatchModel(db, gst.id);
  const matched = await matchImportRows(
    db,
    { gstId: gst.id, establishmentId: job.establishmentId, localIdColumn },
    model,
    valid,
    (done) => updatePatientImportJob(db, gst.id, job.id, { processedRows: rejected.length + done }),
  );
  const rejectedLines = new Set(matched.issues.map((issue) => issue.path[1]));
  const rows = [
    ...rejected,
    ...valid.filter((row) => rejectedLines.has(row.line)).map((row) => rejectedRow(row.line, row.localId)),
    ...matched.decisions.map((decision) => toRowOutcome(decision, linkedPatientOf(decision))),
  ].sort((a, b) => a.line - b.line);
  const allIssues = [...issues, ...matched.issues].sort((a, b) => Number(a.path[1]) - Number(b.path[1]));
  if (allIssues.length > 0 || job.dryRun) {
    await finish(allIssues.length > 0 ? 'failed' : 'succeeded', rows, allIssues);
    return;
  }
  await writePatientImport(
    db,
    { gstId: gst.id, id: job.id, establishmentId: job.establishmentId, createdBy: job.createdBy },
    matched.decisions,
    countOutcomes(rows),
    importAuditEvent(job, auditContext, countOutcomes(rows), 'succeeded'),
  );
}

/** The patient a linked row's IPP goes to (new patients have none until written). */
const linkedPatientOf = (decision: ImportRowDecision) =>
  decision.linkedTo && { id: decision.linkedTo.patientId, regionalId: decision.linkedTo.regionalId };

/** The import's one audit event, on behalf of the user who started it: a check (dry run) or an import, and counts. */
function importAuditEvent(
  job: LoadedJob,
  context: { actor: null; requestId: string; ip: string | null },
  counts: PatientImportCounts,
  status: 'succeeded' | 'failed',
) {
  return {
    ...auditEventFor(context, {
      action: job.dryRun ? 'patient.import.check' : 'patient.import',
      entityType: 'import_job',
      entityId: job.id,
      gstId: job.gstId,
      outcome: status === 'succeeded' ? 'success' : 'failure',
      details: { establishmentId: job.establishmentId, fileName: job.fileName, dryRun: job.dryRun, ...counts },
    }),
    actorUserId: job.createdBy,
  };
}
