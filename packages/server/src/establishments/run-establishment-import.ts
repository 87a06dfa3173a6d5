import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  checkEstablishmentCsvHeader,
  diffEstablishmentStates,
  establishmentFromCsvRecord,
  parseCsv,
  type CreateEstablishmentInput,
  type FieldIssue,
} from '@tansiq/domain';
import {
  findGstById,
  findImportJobContent,
  insertAuditEvent,
  listAllEstablishments,
  listCommunes,
  listProvinces,
  toEstablishmentState,
  updateImportJob,
  writeEstablishments,
  type Db,
  type EstablishmentWrite,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { stateFromInput } from './create-establishment';
import type { JobDefinition } from '../jobs/job-queue';

export const establishmentImportJobName = 'establishment-import';

const payloadSchema = z.strictObject({
  gstId: z.uuid(),
  jobId: z.uuid(),
  requestId: z.string(),
  ip: z.string().nullable(),
});
export type EstablishmentImportPayload = z.infer<typeof payloadSchema>;

/** The job definition registered with the queue. */
export const establishmentImportJob = (db: Db): JobDefinition => ({
  name: establishmentImportJobName,
  handle: (payload) => runEstablishmentImport(db, payloadSchema.parse(payload)),
});

const maxReportedIssues = 1000;
const progressEvery = 50;

/** Validates every row: the record itself, its place (province of this GST, commune of that province), duplicates. */
async function validateRows(
  db: Db,
  regionCode: string,
  rows: Record<string, string>[],
  onProgress: (done: number) => Promise<void>,
) {
  const provinces = new Set(
    (await listProvinces(db, regionCode)).filter((p) => p.parentCode === null).map((p) => p.code),
  );
  const communeProvince = new Map((await listCommunes(db, { regionCode })).map((c) => [c.code, c.provinceCode]));
  const issues: FieldIssue[] = [];
  const inputs: { input: CreateEstablishmentInput; closed: boolean; line: number }[] = [];
  const lineOfCode = new Map<string, number>();
  for (const [index, record] of rows.entries()) {
    const line = index + 2;
    const result = establishmentFromCsvRecord(record, line);
    if (!result.ok) {
      issues.push(...result.issues);
    } else {
      const input = result.input;
      if (!provinces.has(input.provinceCode)) {
        issues.push({
          path: ['rows', line, 'province_code'],
          message: `Province ${input.provinceCode} is not in this GST`,
        });
      } else if (input.communeCode !== null && communeProvince.get(input.communeCode) !== input.provinceCode) {
        issues.push({
          path: ['rows', line, 'commune_code'],
          message: `Commune ${input.communeCode} is not in province ${input.provinceCode}`,
        });
      }
      const firstLine = lineOfCode.get(input.code);
      if (firstLine !== undefined) {
        issues.push({
          path: ['rows', line, 'code'],
          message: `Code ${input.code} already appears on line ${firstLine}`,
        });
      }
      lineOfCode.set(input.code, line);
      inputs.push({ input, closed: result.closed, line });
    }
    if ((index + 1) % progressEvery === 0) {
      await onProgress(index + 1);
    }
  }
  return { issues, inputs };
}

/**
 * The import job: parse, validate every row, then write all rows in one transaction — or nothing, with a report of
 * every problem by line and column. Safe to run again: a finished job is left alone.
 */
export async function runEstablishmentImport(db: Db, payload: EstablishmentImportPayload): Promise<void> {
  const job = await findImportJobContent(db, payload.gstId, payload.jobId);
  if (!job || job.status === 'succeeded' || job.status === 'failed') {
    return;
  }
  const gst = await findGstById(db, payload.gstId);
  if (!gst) {
    return;
  }
  const fail = (errors: FieldIssue[]) =>
    updateImportJob(db, gst.id, job.id, {
      status: 'failed',
      errors: errors.slice(0, maxReportedIssues),
      finishedAt: new Date(),
    });
  let table: string[][];
  try {
    table = parseCsv(job.content);
  } catch (error) {
    await fail([{ path: ['file'], message: error instanceof Error ? error.message : 'The file is not valid CSV' }]);
    return;
  }
  const [header = [], ...body] = table;
  const headerIssues = checkEstablishmentCsvHeader(header.map((column) => column.trim()));
  if (headerIssues.length > 0) {
    await fail(headerIssues);
    return;
  }
  const rows = body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => Object.fromEntries(header.map((column, index) => [column.trim(), row[index] ?? ''])));
  await updateImportJob(db, gst.id, job.id, { status: 'running', totalRows: rows.length, processedRows: 0 });
  const { issues, inputs } = await validateRows(db, gst.regionCode, rows, (done) =>
    updateImportJob(db, gst.id, job.id, { processedRows: done }),
  );
  // Every row has been read, whatever the outcome: the progress bar shows the whole file.
  await updateImportJob(db, gst.id, job.id, { processedRows: rows.length });
  if (issues.length > 0) {
    await fail(issues);
    return;
  }
  const existing = new Map(
    (await listAllEstablishments(db, { gstIds: [gst.id] }, { gstId: gst.id })).map((e) => [e.code, e]),
  );
  const writes: EstablishmentWrite[] = [];
  const closedIssues: FieldIssue[] = [];
  for (const { input, closed, line } of inputs) {
    const state = stateFromInput(input);
    const current = existing.get(input.code);
    if (closed || current?.status === 'closed') {
      // Closed establishments pass through an export/import round trip untouched; closing or reopening one is done
      // in the registry, where a reason and a date are required.
      if (!(closed && current?.status === 'closed')) {
        closedIssues.push({
          path: ['rows', line, closed ? 'status' : 'code'],
          message: closed
            ? `${input.code} is not closed in the registry; close it there (a reason and a date are needed)`
            : `${input.code} is closed; reopen it in the registry first`,
        });
      }
    } else if (!current) {
      writes.push({
        id: randomUUID(),
        version: 1,
        state,
        action: 'imported',
        changes: diffEstablishmentStates(null, state),
      });
    } else {
      const changes = diffEstablishmentStates(toEstablishmentState(current), state);
      if (changes.length > 0) {
        writes.push({ id: current.id, version: current.version + 1, state, action: 'imported', changes });
      }
    }
  }
  if (closedIssues.length > 0) {
    await fail(closedIssues);
    return;
  }
  const createdCount = writes.filter((write) => write.version === 1).length;
  await db.transaction(async (tx) => {
    await writeEstablishments(tx, gst.id, writes, job.createdBy);
    await insertAuditEvent(tx, {
      ...auditEventFor(
        { actor: null, requestId: payload.requestId, ip: payload.ip },
        {
          action: 'establishment.import',
          entityType: 'import_job',
          entityId: job.id,
          gstId: gst.id,
          details: {
            fileName: job.fileName,
            rows: rows.length,
            created: createdCount,
            updated: writes.length - createdCount,
          },
        },
      ),
      actorUserId: job.createdBy,
    });
    await updateImportJob(tx, gst.id, job.id, {
      status: 'succeeded',
      processedRows: rows.length,
      createdCount,
      updatedCount: writes.length - createdCount,
      finishedAt: new Date(),
    });
  });
}
