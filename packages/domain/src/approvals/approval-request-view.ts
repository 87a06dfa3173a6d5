import { z } from 'zod';
import { approvalActions, approvalStatuses } from './approval-state-machine';
import { approverScopes } from './approval-chain';
import { stepDecisions } from './approval-request-record';
import { roleSchema } from '../auth/roles';
import { attachmentSchema } from '../referrals/referral';

/** One step of a request's chain as the API shows it, with whether it is late. */
export const approvalStepViewSchema = z.object({
  index: z.number().int(),
  approver: z.object({ role: roleSchema, scope: z.enum(approverScopes) }),
  respondWithinWorkingDays: z.number().int(),
  state: z.enum(['waiting', 'current', 'approved', 'rejected', 'returned']),
  startedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  decision: z.enum(stepDecisions).nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
});
export type ApprovalStepView = z.infer<typeof approvalStepViewSchema>;

/** One entry of a request's history, with the names of who acted and for whom. */
export const approvalEventViewSchema = z.object({
  action: z.enum([...approvalActions, 'create']),
  fromStatus: z.enum(approvalStatuses),
  toStatus: z.enum(approvalStatuses),
  stepIndex: z.number().int().nullable(),
  actor: z.string(),
  onBehalfOf: z.string().nullable(),
  comment: z.string().nullable(),
  occurredAt: z.string(),
});
export type ApprovalEventView = z.infer<typeof approvalEventViewSchema>;

/** A request for approval in a worklist. */
export const approvalRequestSummarySchema = z.object({
  id: z.uuid(),
  type: z.string(),
  status: z.enum(approvalStatuses),
  subject: z.unknown(),
  requester: z.string(),
  originEstablishment: z.object({ id: z.uuid(), nameFr: z.string(), nameAr: z.string().nullable() }),
  destinationEstablishment: z.object({ id: z.uuid(), nameFr: z.string(), nameAr: z.string().nullable() }).nullable(),
  currentStep: z.number().int().nullable(),
  stepCount: z.number().int(),
  currentDueAt: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type ApprovalRequestSummary = z.infer<typeof approvalRequestSummarySchema>;

/** A request opened: its chain, history, files and the actions the actor may take now. */
export const approvalRequestViewSchema = approvalRequestSummarySchema.extend({
  steps: z.array(approvalStepViewSchema),
  history: z.array(approvalEventViewSchema),
  attachments: z.array(attachmentSchema),
  allowedActions: z.array(z.enum(approvalActions)),
  outcome: z.record(z.string(), z.unknown()).nullable(),
  withdrawnAt: z.string().nullable(),
});
export type ApprovalRequestView = z.infer<typeof approvalRequestViewSchema>;

export const approvalWorklists = ['mine', 'to_decide', 'decided'] as const;
export type ApprovalWorklist = (typeof approvalWorklists)[number];

export const listApprovalRequestsQuerySchema = z.strictObject({
  view: z.enum(approvalWorklists).default('mine'),
  type: z.string().max(64).optional(),
});
export type ListApprovalRequestsQuery = z.infer<typeof listApprovalRequestsQuerySchema>;

export const approvalRequestListSchema = z.object({ items: z.array(approvalRequestSummarySchema) });
export type ApprovalRequestList = z.infer<typeof approvalRequestListSchema>;

/** A delegation as the API shows it. */
export const approvalDelegationViewSchema = z.object({
  id: z.uuid(),
  approver: z.object({ id: z.uuid(), displayName: z.string() }),
  delegate: z.object({ id: z.uuid(), displayName: z.string() }),
  validFrom: z.string(),
  validTo: z.string(),
  requestTypes: z.array(z.string()).nullable(),
  reason: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApprovalDelegationView = z.infer<typeof approvalDelegationViewSchema>;
export const approvalDelegationListSchema = z.object({ items: z.array(approvalDelegationViewSchema) });

/** Time from submission to decision per type (`summariseTimeToDecision`). */
export const timeToDecisionStatsSchema = z.object({
  items: z.array(
    z.object({
      type: z.string(),
      decided: z.number().int(),
      approved: z.number().int(),
      rejected: z.number().int(),
      undecided: z.number().int(),
      medianHours: z.number().nullable(),
      p90Hours: z.number().nullable(),
      medianWorkingDays: z.number().nullable(),
      p90WorkingDays: z.number().nullable(),
    }),
  ),
});
export type TimeToDecisionStats = z.infer<typeof timeToDecisionStatsSchema>;
