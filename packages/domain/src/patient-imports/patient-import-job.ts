import { z } from 'zod';
import { importJobStatuses } from '../establishments/establishment-import';
import { patientImportMappingSchema, storedPatientImportMappingSchema } from './patient-import-mapping';

/** The largest file accepted, in characters (the JSON request around it must stay under the 1 MB body limit). */
export const maxPatientImportCharacters = 900_000;

/**
 * What becomes of each row: `linked` (the IPP is attached to a patient already in the index), `new` (a new regional
 * patient), `sent_to_review` (a new patient whose pair with a possible duplicate waits in the review queue),
 * `rejected` (the row is invalid or its IPP belongs to another patient: the whole file is then not imported).
 */
export const patientImportOutcomes = ['linked', 'new', 'sent_to_review', 'rejected'] as const;
export type PatientImportOutcome = (typeof patientImportOutcomes)[number];

/** Starts an import (or only a check, with `dryRun`) of an establishment's legacy patient file. */
export const startPatientImportInputSchema = z.strictObject({
  establishmentId: z.uuid(),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, 'A file name without folders'),
  content: z
    .string()
    .min(1, 'The file is empty')
    .max(maxPatientImportCharacters, 'The file is too large: split it in files under 900 KB'),
  mapping: patientImportMappingSchema,
  dryRun: z.boolean().default(false),
});
export type StartPatientImportInput = z.infer<typeof startPatientImportInputSchema>;

/** How many rows had each outcome. */
export const patientImportCountsSchema = z.object({
  linked: z.number().int(),
  new: z.number().int(),
  sentToReview: z.number().int(),
  rejected: z.number().int(),
});
export type PatientImportCounts = z.infer<typeof patientImportCountsSchema>;

/**
 * The outcome of one row. `patientId` is the patient the IPP is (or, in a dry run or a rejected file, would be)
 * attached to: null for a new patient not written. The candidate is the best match found in the index.
 */
export const patientImportRowOutcomeSchema = z.object({
  line: z.number().int(),
  localId: z.string().nullable(),
  outcome: z.enum(patientImportOutcomes),
  patientId: z.uuid().nullable(),
  regionalId: z.string().nullable(),
  candidatePatientId: z.uuid().nullable(),
  candidateRegionalId: z.string().nullable(),
  probability: z.number().nullable(),
});
export type PatientImportRowOutcome = z.infer<typeof patientImportRowOutcomeSchema>;

/** An import in the history: no row detail. */
export const patientImportSummarySchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  establishmentId: z.uuid(),
  establishmentCode: z.string(),
  establishmentName: z.string(),
  establishmentNameAr: z.string().nullable(),
  fileName: z.string(),
  dryRun: z.boolean(),
  status: z.enum(importJobStatuses),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  /** Null until every row has been matched. */
  counts: patientImportCountsSchema.nullable(),
  createdBy: z.uuid(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type PatientImportSummary = z.infer<typeof patientImportSummarySchema>;

/** An import with its report: the mapping used, every row's outcome, and every problem by line and column. */
export const patientImportJobSchema = patientImportSummarySchema.extend({
  mapping: storedPatientImportMappingSchema,
  rows: z.array(patientImportRowOutcomeSchema),
  errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
});
export type PatientImportJob = z.infer<typeof patientImportJobSchema>;

/** The import history of a GST, newest first (the establishments the caller imports for). */
export const listPatientImportsQuerySchema = z.strictObject({
  gstId: z.uuid(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListPatientImportsQuery = z.infer<typeof listPatientImportsQuerySchema>;

export const patientImportPageSchema = z.object({
  items: z.array(patientImportSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PatientImportPage = z.infer<typeof patientImportPageSchema>;

/** A job still queued or running: the page keeps polling it. */
export const isPatientImportActive = (job: Pick<PatientImportSummary, 'status'>): boolean =>
  job.status === 'queued' || job.status === 'running';
