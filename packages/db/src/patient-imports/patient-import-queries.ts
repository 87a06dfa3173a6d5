import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  importJobStatuses,
  patientImportCountsSchema,
  patientImportMappingSchema,
  patientImportRowOutcomeSchema,
  type FieldIssue,
  type PatientImportCounts,
  type PatientImportJob,
  type PatientImportMapping,
  type PatientImportRowOutcome,
  type PatientImportSummary,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso, toIsoOrNull } from '../lib/rows';

/**
 * Patient imports are `import_jobs` rows of kind `patients`: `mapping` holds the column mapping, `dry_run` whether it
 * only checks, `row_outcomes` each row's outcome, `outcomes` the counts per outcome, and `errors` every problem by line
 * and column.
 */
const rowOutcomesSchema = z.array(patientImportRowOutcomeSchema);
const errorsSchema = z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }));

const jsonOf = (value: unknown): unknown => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

const jobSelect = (extra = sql``) => sql`
  select ${extra} j.gst_id, j.id, j.establishment_id, e.code as establishment_code, e.name_fr as establishment_name,
    e.name_ar as establishment_name_ar, j.file_name, j.status, j.total_rows, j.processed_rows, j.mapping, j.dry_run, j.row_outcomes, j.outcomes,
    j.errors, j.created_by, j.created_at, j.finished_at
  from import_jobs j
  join establishments e on e.gst_id = j.gst_id and e.id = j.establishment_id`;

function toSummary(row: Record<string, unknown>): PatientImportSummary {
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    establishmentId: asText(row.establishment_id),
    establishmentCode: asText(row.establishment_code),
    establishmentName: asText(row.establishment_name),
    establishmentNameAr: asTextOrNull(row.establishment_name_ar),
    fileName: asText(row.file_name),
    dryRun: row.dry_run === true,
    status: z.enum(importJobStatuses).parse(row.status),
    totalRows: Number(row.total_rows),
    processedRows: Number(row.processed_rows),
    counts: patientImportCountsSchema.nullable().parse(jsonOf(row.outcomes) ?? null),
    createdBy: asText(row.created_by),
    createdAt: toIso(row.created_at as Date),
    finishedAt: toIsoOrNull(row.finished_at as Date | null),
  };
}

function toPatientImportJob(row: Record<string, unknown>): PatientImportJob {
  return {
    ...toSummary(row),
    mapping: patientImportMappingSchema.parse(jsonOf(row.mapping)),
    rows: rowOutcomesSchema.parse(jsonOf(row.row_outcomes) ?? []),
    errors: errorsSchema.parse(jsonOf(row.errors)),
  };
}

/** Stores a new patient import, queued; its report fills in as the job runs. */
export async function insertPatientImportJob(
  executor: Executor,
  job: {
    gstId: string;
    id: string;
    establishmentId: string;
    fileName: string;
    content: string;
    mapping: PatientImportMapping;
    dryRun: boolean;
    createdBy: string;
  },
): Promise<void> {
  await executor.execute(
    sql`insert into import_jobs (gst_id, id, kind, status, file_name, content, establishment_id, mapping, dry_run,
        created_by)
      values (${job.gstId}, ${job.id}, 'patients', 'queued', ${job.fileName}, ${job.content}, ${job.establishmentId},
        ${JSON.stringify(job.mapping)}::jsonb, ${job.dryRun}, ${job.createdBy})`,
  );
}

/** A patient import with its report (not its file); undefined when there is none with this id. */
export async function findPatientImportJob(executor: Executor, id: string): Promise<PatientImportJob | undefined> {
  const [row] = await queryRows(executor, sql`${jobSelect()} where j.id = ${id} and j.kind = 'patients'`);
  return row ? toPatientImportJob(row) : undefined;
}

/** A patient import with the CSV text, for the worker. */
export async function findPatientImportJobContent(
  executor: Executor,
  gstId: string,
  id: string,
): Promise<(PatientImportJob & { content: string }) | undefined> {
  const [row] = await queryRows(
    executor,
    sql`${jobSelect(sql`j.content,`)} where j.gst_id = ${gstId} and j.id = ${id} and j.kind = 'patients'`,
  );
  return row ? { ...toPatientImportJob(row), content: asText(row.content) } : undefined;
}

/**
 * A page of a GST's patient imports, newest first: all of them, or those of the listed establishments (an
 * establishment's administrator sees the imports of their establishments only).
 */
export async function listPatientImportJobs(
  executor: Executor,
  scope: { gstId: string; establishmentIds: 'all' | readonly string[] },
  page: { page: number; pageSize: number },
): Promise<{ items: PatientImportSummary[]; total: number }> {
  const where =
    scope.establishmentIds === 'all'
      ? sql`j.gst_id = ${scope.gstId} and j.kind = 'patients'`
      : sql`j.gst_id = ${scope.gstId} and j.kind = 'patients'
          and j.establishment_id = any(${sql.param([...scope.establishmentIds])}::uuid[])`;
  const [count] = await queryRows(executor, sql`select count(*)::int as total from import_jobs j where ${where}`);
  const rows = await queryRows(
    executor,
    sql`${jobSelect()} where ${where} order by j.created_at desc, j.id
      limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`,
  );
  const items = rows.map((row) => toSummary(row));
  return { items, total: Number(count?.total ?? 0) };
}

/** Moves a patient import on: status, progress, and at the end its counts, row outcomes and problems. */
export async function updatePatientImportJob(
  executor: Executor,
  gstId: string,
  id: string,
  fields: {
    status?: PatientImportJob['status'];
    totalRows?: number;
    processedRows?: number;
    counts?: PatientImportCounts;
    rows?: readonly PatientImportRowOutcome[];
    errors?: readonly FieldIssue[];
    finishedAt?: Date;
  },
): Promise<void> {
  const counts = fields.counts;
  const assignments = [
    fields.status === undefined ? undefined : sql`status = ${fields.status}`,
    fields.totalRows === undefined ? undefined : sql`total_rows = ${fields.totalRows}`,
    fields.processedRows === undefined ? undefined : sql`processed_rows = ${fields.processedRows}`,
    counts === undefined ? undefined : sql`outcomes = ${JSON.stringify(counts)}::jsonb`,
    // The generic counters of every import: patients created, and patients given one more IPP.
    counts === undefined ? undefined : sql`created_count = ${counts.new + counts.sentToReview}`,
    counts === undefined ? undefined : sql`updated_count = ${counts.linked}`,
    fields.rows === undefined ? undefined : sql`row_outcomes = ${JSON.stringify(fields.rows)}::jsonb`,
    fields.errors === undefined
      ? undefined
      : sql`errors = ${JSON.stringify(fields.errors.map(({ path, message }) => ({ path, message })))}::jsonb`,
    fields.finishedAt === undefined ? undefined : sql`finished_at = ${fields.finishedAt.toISOString()}::timestamptz`,
  ].filter((assignment) => assignment !== undefined);
  if (assignments.length === 0) {
    return;
  }
  await executor.execute(
    sql`update import_jobs set ${sql.join(assignments, sql`, `)}
      where gst_id = ${gstId} and id = ${id} and kind = 'patients'`,
  );
}

/** The patients holding these local numbers (IPP) at an establishment: IPP → patient id. */
export async function findPatientIdsByLocalIds(
  executor: Executor,
  gstId: string,
  establishmentId: string,
  localIds: readonly string[],
): Promise<Map<string, string>> {
  if (localIds.length === 0) {
    return new Map();
  }
  const rows = await queryRows(
    executor,
    sql`select local_id, patient_id from patient_registrations
      where gst_id = ${gstId} and establishment_id = ${establishmentId}
        and local_id = any(${sql.param([...localIds])}::text[])`,
  );
  return new Map(rows.map((row) => [asText(row.local_id), asText(row.patient_id)]));
}

/** The regional ids among these that a patient of the GST already holds. */
export async function findTakenRegionalIds(
  executor: Executor,
  gstId: string,
  regionalIds: readonly string[],
): Promise<Set<string>> {
  if (regionalIds.length === 0) {
    return new Set();
  }
  const rows = await queryRows(
    executor,
    sql`select regional_id from patients
      where gst_id = ${gstId} and regional_id = any(${sql.param([...regionalIds])}::text[])`,
  );
  return new Set(rows.map((row) => asText(row.regional_id)));
}
