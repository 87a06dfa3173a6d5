import { z } from 'zod';
import { allowedScopeLevels, roleSchema, type ScopeLevel } from '../auth/roles';
import { unprocessable } from '../lib/app-error';

/**
 * Approval chains (issue #5 §4): for each request type, the ordered steps a request goes through, chosen by the
 * request's amount and/or duration (a mission of up to 30 days: the establishment director then the GST HR officer;
 * longer: the GST director too). Chains are data a GST configures, not code.
 */

/** Where a step's approver holds their role: over the whole GST, or at the request's origin or destination. */
export const approverScopes = ['gst', 'origin_establishment', 'destination_establishment'] as const;
export type ApproverScope = (typeof approverScopes)[number];

/** The scope level an approver's role assignment must have for each approver scope. */
export const approverScopeLevels: Record<ApproverScope, ScopeLevel> = {
  gst: 'gst',
  origin_establishment: 'establishment',
  destination_establishment: 'establishment',
};

/** Who decides a step: a role held at exactly one scope (e.g. `establishment_admin` of the origin establishment). */
export const approverRuleSchema = z
  .object({ role: roleSchema, scope: z.enum(approverScopes) })
  .strict()
  .refine((rule) => allowedScopeLevels[rule.role].includes(approverScopeLevels[rule.scope]), {
    message: 'This role is never granted at this scope',
    path: ['scope'],
  });
export type ApproverRule = z.infer<typeof approverRuleSchema>;

/** One step of a chain: its approver and the time allowed to decide, in working days of the GST's calendar. */
export const approvalStepConfigSchema = z
  .object({
    approver: approverRuleSchema,
    respondWithinWorkingDays: z.number().int().min(1).max(60),
  })
  .strict();
export type ApprovalStepConfig = z.infer<typeof approvalStepConfigSchema>;

const bound = z.number().min(0).nullable().default(null);

/**
 * When a chain applies: every bound set must hold. Lower bounds are exclusive ("over 30 days") and upper bounds
 * inclusive ("up to 30 days"), so two chains split a range without overlap or gap. A request without an amount (or
 * duration) never satisfies a bound on it.
 */
export const approvalChainConditionSchema = z
  .object({
    amountOver: bound,
    amountUpTo: bound,
    durationOverDays: bound,
    durationUpToDays: bound,
  })
  .strict()
  .refine((when) => when.amountOver == null || when.amountUpTo == null || when.amountOver < when.amountUpTo, {
    message: 'The amount range is empty',
    path: ['amountUpTo'],
  })
  .refine(
    (when) =>
      when.durationOverDays == null || when.durationUpToDays == null || when.durationOverDays < when.durationUpToDays,
    { message: 'The duration range is empty', path: ['durationUpToDays'] },
  );
export type ApprovalChainCondition = z.infer<typeof approvalChainConditionSchema>;

/** A chain: the condition it applies under and its ordered steps. */
export const approvalChainSchema = z
  .object({
    when: approvalChainConditionSchema.default({
      amountOver: null,
      amountUpTo: null,
      durationOverDays: null,
      durationUpToDays: null,
    }),
    steps: z.array(approvalStepConfigSchema).min(1).max(10),
  })
  .strict();
export type ApprovalChain = z.infer<typeof approvalChainSchema>;

/** A request type's code: snake_case, e.g. `temporary_mission`, `roster_swap`, `purchase`. */
export const requestTypeCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,63}$/, 'A request type is a snake_case code of 2 to 64 characters');

/** The approval configuration of one request type in a GST: its chains, tried in order, the first that applies wins. */
export const requestTypeConfigSchema = z
  .object({
    type: requestTypeCodeSchema,
    chains: z.array(approvalChainSchema).min(1).max(20),
  })
  .strict();
export type RequestTypeConfig = z.infer<typeof requestTypeConfigSchema>;
export type RequestTypeConfigInput = z.input<typeof requestTypeConfigSchema>;

/** What selects a chain, derived from the request's subject by its type (never taken from the client as such). */
export interface RequestMeasures {
  /** In dirhams, e.g. a purchase or a private contract; null when the type has none. */
  amount: number | null;
  /** In calendar days, e.g. a mission or a secondment; null when the type has none. */
  durationDays: number | null;
}

const over = (value: number | null, limit: number | null) => limit == null || (value != null && value > limit);
const upTo = (value: number | null, limit: number | null) => limit == null || (value != null && value <= limit);

/** Whether a chain's condition holds for a request's measures. */
export const chainApplies = (when: ApprovalChainCondition, measures: RequestMeasures): boolean =>
  over(measures.amount, when.amountOver) &&
  upTo(measures.amount, when.amountUpTo) &&
  over(measures.durationDays, when.durationOverDays) &&
  upTo(measures.durationDays, when.durationUpToDays);

/**
 * The chain a request goes through: the first of its type's chains whose condition holds.
 * @throws AppError unprocessable when no chain applies (the GST's configuration leaves a gap).
 */
export function selectApprovalChain(config: RequestTypeConfig, measures: RequestMeasures): ApprovalChain {
  const chain = config.chains.find((candidate) => chainApplies(candidate.when, measures));
  if (!chain) {
    throw unprocessable(`No approval chain of the type ${config.type} applies to this request`, [
      { path: ['type'], message: `amount ${measures.amount ?? 'none'}, duration ${measures.durationDays ?? 'none'}` },
    ]);
  }
  return chain;
}
