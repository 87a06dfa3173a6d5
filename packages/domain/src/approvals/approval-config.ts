import { z } from 'zod';
import { covers } from '../auth/access-policy';
import type { Actor, Role } from '../auth/roles';
import { unprocessable } from '../lib/app-error';
import {
  approvalChainSchema,
  chainApplies,
  requestTypeCodeSchema,
  type RequestMeasures,
  type RequestTypeConfig,
} from './approval-chain';
import type { MeasuredBy } from './request-type';

/**
 * A GST's approval chains per request type, as its direction configures them (issue #5 §4: "a configurable approval
 * chain per type and amount/duration"). Stored chains replace the type's defaults; requests already submitted keep
 * the chain they were given.
 */

/** One request type's chains as the configuration page shows them. */
export const approvalConfigViewSchema = z.object({
  type: requestTypeCodeSchema,
  chains: z.array(approvalChainSchema),
  /** True while the GST uses the defaults the type declares in code. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type ApprovalConfigView = z.infer<typeof approvalConfigViewSchema>;

export const approvalConfigListSchema = z.object({ gstId: z.uuid(), types: z.array(approvalConfigViewSchema) });
export type ApprovalConfigList = z.infer<typeof approvalConfigListSchema>;

export const approvalConfigQuerySchema = z.strictObject({ gstId: z.uuid() });

/** Saving a type's chains; `expectedUpdatedAt` is what the editor read (null: the defaults), so a concurrent save is 409. */
export const putApprovalConfigInputSchema = z.strictObject({
  gstId: z.uuid(),
  chains: z.array(approvalChainSchema).min(1).max(20),
  expectedUpdatedAt: z.string().nullable(),
});
export type PutApprovalConfigInput = z.infer<typeof putApprovalConfigInputSchema>;

const configuringRoles: readonly Role[] = ['national_admin', 'gst_admin', 'gst_director'];
const readingRoles: readonly Role[] = [...configuringRoles, 'hr_officer'];

const holdsOverGst = (actor: Actor, allowed: readonly Role[], gstId: string) =>
  actor.assignments.some((assignment) => allowed.includes(assignment.role) && covers(assignment, { gstId }));

/** The GST's direction and administrators set its chains. */
export const canConfigureApprovals = (actor: Actor, gstId: string): boolean =>
  holdsOverGst(actor, configuringRoles, gstId);

/** They, and the GST's HR officers (the chains' first users), read them. */
export const canViewApprovalConfig = (actor: Actor, gstId: string): boolean => holdsOverGst(actor, readingRoles, gstId);

/** The measures at and around every bound of the chains, plus "none" and a very large value: where gaps can hide. */
function probeMeasures(config: Pick<RequestTypeConfig, 'chains'>): RequestMeasures[] {
  const around = (values: (number | null)[]) => {
    const bounds = values.filter((value): value is number => value !== null);
    return [null, ...new Set([0, 1, 1e9, ...bounds.flatMap((bound) => [bound, bound + 0.5, bound + 1])])];
  };
  const amounts = around(config.chains.flatMap((chain) => [chain.when.amountOver, chain.when.amountUpTo]));
  const durations = around(
    config.chains.flatMap((chain) => [chain.when.durationOverDays, chain.when.durationUpToDays]),
  );
  return amounts.flatMap((amount) => durations.map((durationDays) => ({ amount, durationDays })));
}

/**
 * The request measures no chain applies to, among those a request of a type with these measures could have.
 * `measured` says which measures the type has (a mobility has a duration, or none for a permanent transfer).
 */
export function uncoveredMeasures(config: Pick<RequestTypeConfig, 'chains'>, measured: MeasuredBy): RequestMeasures[] {
  return probeMeasures(config).filter(
    (measures) =>
      (measured.amount || measures.amount === null) &&
      (measured.duration || measures.durationDays === null) &&
      !config.chains.some((chain) => chainApplies(chain.when, measures)),
  );
}

/**
 * Checks a configuration leaves no request without a chain.
 * @throws AppError unprocessable with the first uncovered amount or duration.
 */
export function assertChainsCoverRequests(config: Pick<RequestTypeConfig, 'chains'>, measured: MeasuredBy): void {
  const [gap] = uncoveredMeasures(config, measured);
  if (gap) {
    throw unprocessable('Some requests would match no chain', [
      {
        path: ['chains'],
        message: `No chain applies to amount ${gap.amount ?? 'none'}, duration ${gap.durationDays ?? 'none'}`,
      },
    ]);
  }
}
