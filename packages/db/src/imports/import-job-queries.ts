import { and, eq } from 'drizzle-orm';
import type { FieldIssue, ImportJob } from '@tansiq/domain';
import type { Executor } from '../client';
import { importJobs } from '../schema/index';

type ImportJobRow = typeof importJobs.$inferSelect;

const toImportJob = (row: ImportJobRow): ImportJob => ({
  id: row.id,
  gstId: row.gstId,
  kind: 'establishments',
  status: row.status as ImportJob['status'],
  fileName: row.fileName,
  totalRows: row.totalRows,
  processedRows: row.processedRows,
  createdCount: row.createdCount,
  updatedCount: row.updatedCount,
  errors: row.errors,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
});

export async function insertImportJob(
  executor: Executor,
  job: { gstId: string; id: string; fileName: string; content: string; createdBy: string; totalRows: number },
): Promise<ImportJob> {
  const [row] = await executor
    .insert(importJobs)
    .values({ ...job, kind: 'establishments', status: 'queued' })
    .returning();
  if (!row) {
    throw new Error('The import job was not stored');
  }
  return toImportJob(row);
}

/** The job without its file content; undefined when it does not exist. */
export async function findImportJob(executor: Executor, id: string): Promise<ImportJob | undefined> {
  // Establishment imports only: a patient import (same table) has its own routes, access rules and audit.
  const [row] = await executor
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.kind, 'establishments')));
  return row ? toImportJob(row) : undefined;
}

/** The job with the CSV text, for the worker. */
export async function findImportJobContent(
  executor: Executor,
  gstId: string,
  id: string,
): Promise<(ImportJob & { content: string; createdBy: string }) | undefined> {
  const [row] = await executor
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.gstId, gstId), eq(importJobs.id, id), eq(importJobs.kind, 'establishments')));
  return row ? { ...toImportJob(row), content: row.content, createdBy: row.createdBy } : undefined;
}

export async function updateImportJob(
  executor: Executor,
  gstId: string,
  id: string,
  fields: Partial<{
    status: ImportJob['status'];
    totalRows: number;
    processedRows: number;
    createdCount: number;
    updatedCount: number;
    errors: FieldIssue[];
    finishedAt: Date;
  }>,
): Promise<void> {
  await executor
    .update(importJobs)
    .set(fields)
    .where(and(eq(importJobs.gstId, gstId), eq(importJobs.id, id)));
}
