import { z } from 'zod';
import { cadreSchema } from '../staff/cadres';
import { incentiveSourceTypes } from './compute-incentive-statement';
import { incentiveActivitySchema, incentiveMonthSchema, incentiveRuleSetSchema } from './incentive-rules';
import { incentiveStatementStatusSchema } from './incentive-statement-status';

/**
 * Request and response shapes of the pay-per-act API (`/api/incentive-rules`, `/api/incentive-statements…`, issue #5
 * §7), shared by the server and the web app. Amounts are integer centimes of MAD. Statements never carry patient data:
 * a paid activity shows its id, kind, date and establishment only.
 */

/** `GET /api/incentive-rules`: every version of the GST's rules. */
export const incentiveRulesQuerySchema = z.strictObject({ gstId: z.uuid() });

/** One stored version of the rules, with who saved it. */
export const incentiveRuleSetVersionSchema = z.object({
  id: z.uuid(),
  ruleSet: incentiveRuleSetSchema,
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type IncentiveRuleSetVersion = z.output<typeof incentiveRuleSetVersionSchema>;

export const incentiveRuleSetListSchema = z.object({
  gstId: z.uuid(),
  versions: z.array(incentiveRuleSetVersionSchema),
});
export type IncentiveRuleSetList = z.output<typeof incentiveRuleSetListSchema>;

/** `PUT /api/incentive-rules`: saves the next version (`ruleSet.version` = latest + 1, else 409). */
export const putIncentiveRulesInputSchema = z.strictObject({ gstId: z.uuid(), ruleSet: incentiveRuleSetSchema });
export type PutIncentiveRulesInput = z.input<typeof putIncentiveRulesInputSchema>;

/** `POST /api/incentive-statements/compute`: the statements of a month, for the whole GST or one establishment. */
export const computeIncentiveStatementsInputSchema = z.strictObject({
  gstId: z.uuid(),
  month: incentiveMonthSchema,
  establishmentId: z.uuid().optional(),
});
export type ComputeIncentiveStatementsInput = z.output<typeof computeIncentiveStatementsInputSchema>;

export const incentiveComputationResultSchema = z.object({
  month: z.string(),
  ruleSetVersion: z.number().int(),
  /** Statements written (new or recomputed). */
  computed: z.number().int(),
  /** Validated or exported statements left as they were. */
  kept: z.number().int(),
  /** Statements removed because their person no longer has activity in the month. */
  removed: z.number().int(),
  activityCount: z.number().int(),
  totalCentimes: z.number().int(),
  durationMs: z.number(),
});
export type IncentiveComputationResult = z.output<typeof incentiveComputationResultSchema>;

/** `GET /api/incentive-statements`: a page of statements of a month, within the actor's scope. */
export const listIncentiveStatementsQuerySchema = z.strictObject({
  gstId: z.uuid(),
  month: incentiveMonthSchema,
  establishmentId: z.uuid().optional(),
  status: incentiveStatementStatusSchema.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListIncentiveStatementsQuery = z.output<typeof listIncentiveStatementsQuerySchema>;

const establishmentNameSchema = z.object({ id: z.uuid(), nameFr: z.string(), nameAr: z.string().nullable() });

/** A statement as lists show it. */
export const incentiveStatementSummarySchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  month: z.string(),
  status: incentiveStatementStatusSchema,
  version: z.number().int(),
  staffMember: z.object({
    id: z.uuid(),
    staffId: z.string(),
    name: z.string(),
    cadre: cadreSchema,
  }),
  establishment: establishmentNameSchema.nullable(),
  activityCount: z.number().int(),
  grossCentimes: z.number().int(),
  totalCentimes: z.number().int(),
  computedAt: z.string(),
  validatedAt: z.string().nullable(),
  exportedAt: z.string().nullable(),
});
export type IncentiveStatementSummary = z.output<typeof incentiveStatementSummarySchema>;

export const incentiveStatementPageSchema = z.object({
  items: z.array(incentiveStatementSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Over every statement matching the filters, not just this page. */
  totals: z.object({
    totalCentimes: z.number().int(),
    computed: z.number().int(),
    validated: z.number().int(),
    exported: z.number().int(),
  }),
});
export type IncentiveStatementPage = z.output<typeof incentiveStatementPageSchema>;

/** One paid activity of a line: what it is, when and where, and what it earned. No patient. */
export const incentiveStatementItemSchema = z.object({
  sourceType: z.enum(incentiveSourceTypes),
  sourceId: z.string(),
  activity: incentiveActivitySchema,
  occurredAt: z.string(),
  establishment: establishmentNameSchema.nullable(),
  amountCentimes: z.number().int(),
  multiplied: z.boolean(),
});
export type IncentiveStatementItem = z.output<typeof incentiveStatementItemSchema>;

export const incentiveStatementLineSchema = z.object({
  ruleCode: z.string(),
  label: z.string(),
  activity: incentiveActivitySchema,
  unitAmountCentimes: z.number().int(),
  subtotalCentimes: z.number().int(),
  ruleCapCutCentimes: z.number().int(),
  monthlyCapCutCentimes: z.number().int(),
  totalCentimes: z.number().int(),
  items: z.array(incentiveStatementItemSchema),
});
export type IncentiveStatementLineView = z.output<typeof incentiveStatementLineSchema>;

/** `GET /api/incentive-statements/:id`: a statement with its lines and the activities each line pays. */
export const incentiveStatementDetailSchema = incentiveStatementSummarySchema.extend({
  ruleSetVersion: z.number().int(),
  monthlyCapCentimes: z.number().int().nullable(),
  ruleCapCutCentimes: z.number().int(),
  monthlyCapCutCentimes: z.number().int(),
  unmatchedCount: z.number().int(),
  validatedByName: z.string().nullable(),
  lines: z.array(incentiveStatementLineSchema),
});
export type IncentiveStatementDetail = z.output<typeof incentiveStatementDetailSchema>;

/** `POST /api/incentive-statements/:id/validate`: the version read; a recomputed statement answers 409. */
export const validateIncentiveStatementInputSchema = z.strictObject({ version: z.number().int().positive() });

/** `GET /api/incentive-statements/export.csv`: the validated statements of a month, for payroll. */
export const exportIncentiveStatementsQuerySchema = z.strictObject({ gstId: z.uuid(), month: incentiveMonthSchema });

/** `GET /api/incentive-statements/mine`: the actor's own statements in a GST, newest month first. */
export const myIncentiveStatementsQuerySchema = z.strictObject({ gstId: z.uuid() });
