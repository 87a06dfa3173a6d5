import { z } from 'zod';
import { fieldChangeSchema } from '../establishments/establishment';
import { matchReasonSchema, patientRegistrationSchema, patientSchema } from '../patients/patient';
import { fieldAgreements } from './field-agreement';
import { patientStateFields } from './survivorship';

/**
 * The review queue of possible duplicates (issue #3 §6): pairs of patients that may be one person, and the decisions
 * taken on them. A decision is remembered on the pair's row, so a later search or batch never re-queues it.
 */

/** `pending` waits for review; `superseded` lost its object (one side was merged into a third record). */
export const duplicatePairStatuses = ['pending', 'merged', 'auto_merged', 'not_duplicate', 'superseded'] as const;
export type DuplicatePairStatus = (typeof duplicatePairStatuses)[number];

/** Where the pair was found: a registration search, a batch deduplication run, or a patient import. */
export const duplicatePairSources = ['registration', 'batch', 'import'] as const;
export type DuplicatePairSource = (typeof duplicatePairSources)[number];

export const listDuplicatePairsQuerySchema = z.strictObject({
  gstId: z.uuid().optional(),
  status: z.enum(duplicatePairStatuses).default('pending'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListDuplicatePairsQuery = z.infer<typeof listDuplicatePairsQuerySchema>;

/** The params of a pair, in either order (the server orders them). */
export const duplicatePairParamsSchema = z.strictObject({ patientAId: z.uuid(), patientBId: z.uuid() });

/** What the queue shows of each patient: enough to recognise the person, nothing clinical. */
export const duplicatePatientSummarySchema = patientSchema.pick({
  id: true,
  regionalId: true,
  status: true,
  givenNameLatin: true,
  familyNameLatin: true,
  givenNameArabic: true,
  familyNameArabic: true,
  sex: true,
  birthDate: true,
  birthDatePrecision: true,
  communeCode: true,
  communeNameFr: true,
  communeNameAr: true,
});
export type DuplicatePatientSummary = z.infer<typeof duplicatePatientSummarySchema>;

const userRefSchema = z.object({ id: z.uuid(), displayName: z.string() });

/** A pair as the queue lists it. `version` guards the decision against a concurrent one. */
export const duplicatePairSchema = z.object({
  gstId: z.uuid(),
  patientAId: z.uuid(),
  patientBId: z.uuid(),
  probability: z.number(),
  reasons: z.array(matchReasonSchema),
  status: z.enum(duplicatePairStatuses),
  source: z.enum(duplicatePairSources),
  runId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: userRefSchema.nullable(),
  patientA: duplicatePatientSummarySchema,
  patientB: duplicatePatientSummarySchema,
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

export const duplicatePairPageSchema = z.object({
  items: z.array(duplicatePairSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type DuplicatePairPage = z.infer<typeof duplicatePairPageSchema>;

/** The stored demographic state of a patient, as a merge preview shows it. */
const demographicStateSchema = z.object({
  givenNameLatin: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameArabic: z.string().nullable(),
  familyNameArabic: z.string().nullable(),
  fatherGivenName: z.string().nullable(),
  sex: patientSchema.shape.sex,
  birthDate: z.string().nullable(),
  cin: z.string().nullable(),
  amoScheme: patientSchema.shape.amoScheme,
  amoNumber: z.string().nullable(),
  phones: z.array(z.string()),
  communeCode: z.string().nullable(),
  address: z.string().nullable(),
  referenceEstablishmentId: z.string().nullable(),
  vitalStatus: patientSchema.shape.vitalStatus,
  deathDate: z.string().nullable(),
});

/** One side of the comparison: the patient in full (no timeline), where it is registered and seen. */
export const duplicatePairSideSchema = z.object({
  patient: patientSchema,
  registrations: z.array(patientRegistrationSchema),
  /** Encounters per establishment (counts only: the review needs no clinical detail). */
  encounterCounts: z.array(
    z.object({
      establishmentId: z.uuid(),
      establishmentCode: z.string(),
      establishmentName: z.string(),
      establishmentNameAr: z.string().nullable(),
      count: z.number().int(),
    }),
  ),
  /** Records already merged into this one. */
  memberIds: z.array(z.uuid()),
});
export type DuplicatePairSide = z.infer<typeof duplicatePairSideSchema>;

/** The golden record a merge would give, keeping one side as the survivor. */
export const mergePreviewSchema = z.object({
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  state: demographicStateSchema,
  changes: z.array(fieldChangeSchema),
});
export type MergePreview = z.infer<typeof mergePreviewSchema>;

/** The side-by-side review of a pair. */
export const duplicatePairComparisonSchema = z.object({
  pair: duplicatePairSchema,
  sideA: duplicatePairSideSchema,
  sideB: duplicatePairSideSchema,
  fields: z.array(
    z.object({ field: z.enum(patientStateFields), level: z.string(), agreement: z.enum(fieldAgreements) }),
  ),
  /** The default survivor: the older record. */
  defaultSurvivorId: z.uuid(),
  /** One preview per choice of survivor, the default first; empty when a side is no longer active. */
  previews: z.array(mergePreviewSchema),
});
export type DuplicatePairComparison = z.infer<typeof duplicatePairComparisonSchema>;

/** Merges the pair; `version` is the pair's, as the reviewer saw it. */
export const mergeDuplicatePairInputSchema = z.strictObject({
  survivorId: z.uuid(),
  version: z.number().int().min(1),
});
export type MergeDuplicatePairInput = z.infer<typeof mergeDuplicatePairInputSchema>;

export const mergeResultSchema = z.object({ mergeId: z.uuid(), goldenId: z.uuid(), mergedId: z.uuid() });
export type MergeResult = z.infer<typeof mergeResultSchema>;

/** "Not the same person": remembered on the pair. */
export const markNotDuplicateInputSchema = z.strictObject({ version: z.number().int().min(1) });
export type MarkNotDuplicateInput = z.infer<typeof markNotDuplicateInputSchema>;

/** Undoes a merge; the pair goes back to the queue only when asked, else it is remembered as two people. */
export const unmergeInputSchema = z.strictObject({ requeue: z.boolean().default(false) }).default({ requeue: false });
export type UnmergeInput = z.infer<typeof unmergeInputSchema>;

export const unmergeResultSchema = z.object({ mergeId: z.uuid(), survivorId: z.uuid(), restoredId: z.uuid() });
export type UnmergeResult = z.infer<typeof unmergeResultSchema>;

/** A merge into a golden record, for its history: who, when, automatic or not, undone or not. */
export const patientMergeSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  survivorId: z.uuid(),
  mergedId: z.uuid(),
  merged: duplicatePatientSummarySchema,
  survivorChanges: z.array(fieldChangeSchema),
  automatic: z.boolean(),
  runId: z.uuid().nullable(),
  probability: z.number().nullable(),
  mergedAt: z.string(),
  mergedBy: userRefSchema.nullable(),
  undoneAt: z.string().nullable(),
  undoneBy: userRefSchema.nullable(),
});
export type PatientMerge = z.infer<typeof patientMergeSchema>;

/** The fields a merge changed on its survivor, as `patient_merges.survivor_changes` stores them. */
export const survivorChangesSchema = z.array(fieldChangeSchema);

export const mergeIdParamsSchema = z.strictObject({ mergeId: z.uuid() });
