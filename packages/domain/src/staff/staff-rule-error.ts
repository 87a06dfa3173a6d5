import { AppError, type FieldIssue } from '../lib/app-error';

/**
 * A staff rule broken by a well-formed request (an assignment over 100 %, a leave overlapping another…): 422 with the
 * rule's code and the records in conflict in `details`, so the client can show which one to change.
 */
export const staffRuleBroken = (
  rule: string,
  message: string,
  issues: FieldIssue[],
  details: Record<string, unknown>,
): AppError => new AppError('unprocessable', message, { issues, details: { rule, ...details } });
