import { z } from 'zod';

/**
 * The life of a monthly statement (issue #5 §7): computed (and recomputed as activity or rules change) until a GST HR
 * officer validates it; validated statements are frozen and go to payroll; the CSV export marks them exported. A
 * validated or exported statement is never recomputed: a correction goes into a later month.
 */
export const incentiveStatementStatuses = ['computed', 'validated', 'exported'] as const;
export type IncentiveStatementStatus = (typeof incentiveStatementStatuses)[number];
export const incentiveStatementStatusSchema = z.enum(incentiveStatementStatuses);

export type IncentiveStatementAction = 'recompute' | 'validate' | 'export';

const allowed: Record<IncentiveStatementAction, readonly IncentiveStatementStatus[]> = {
  recompute: ['computed'],
  validate: ['computed'],
  export: ['validated', 'exported'],
};

/** Whether a statement in this status accepts the action. */
export const canApplyStatementAction = (status: IncentiveStatementStatus, action: IncentiveStatementAction): boolean =>
  allowed[action].includes(status);

/** The status after the action (exporting an exported statement again keeps it exported). */
export function statusAfter(
  status: IncentiveStatementStatus,
  action: IncentiveStatementAction,
): IncentiveStatementStatus {
  if (!canApplyStatementAction(status, action)) {
    throw new Error(`A ${status} statement cannot be ${action}d`);
  }
  return action === 'recompute' ? 'computed' : action === 'validate' ? 'validated' : 'exported';
}
