/**
 * The life cycle of a request for approval (issue #5 §4): draft → pending (step 1 … step n, one at a time) → approved |
 * rejected. An approver may return it for changes (back to the requester, who edits and submits it again: the chain
 * starts over); the requester may withdraw it until the final decision. Comments go on open requests.
 */
export const approvalStatuses = ['draft', 'pending', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type ApprovalStatus = (typeof approvalStatuses)[number];

export const approvalActions = ['edit', 'submit', 'approve', 'reject', 'return', 'withdraw', 'comment'] as const;
export type ApprovalAction = (typeof approvalActions)[number];

/**
 * How an actor stands to a request: its requester, or an approver of one of its chain's steps (in person or as a
 * delegate). The requester is never an approver of their own request, whatever roles they hold.
 */
export const approvalParties = ['requester', 'approver'] as const;
export type ApprovalParty = (typeof approvalParties)[number];

/** What a decision depends on beyond the status: whether the actor may decide the current step, and if it is the last. */
export interface ApprovalTransitionContext {
  decidesCurrentStep: boolean;
  isLastStep: boolean;
}

interface TransitionRule {
  from: readonly ApprovalStatus[];
  /** `same`: the status does not move; `next_step`: the next step, or approved after the last one. */
  to: ApprovalStatus | 'same' | 'next_step';
  by: readonly ApprovalParty[];
  /** Only the approver of the current step takes it; other approvers of the chain get 409, not 403. */
  currentStepOnly?: true;
}

/** The transition table. */
const rules: Record<ApprovalAction, TransitionRule> = {
  edit: { from: ['draft', 'returned'], to: 'same', by: ['requester'] },
  submit: { from: ['draft', 'returned'], to: 'pending', by: ['requester'] },
  approve: { from: ['pending'], to: 'next_step', by: ['approver'], currentStepOnly: true },
  reject: { from: ['pending'], to: 'rejected', by: ['approver'], currentStepOnly: true },
  return: { from: ['pending'], to: 'returned', by: ['approver'], currentStepOnly: true },
  withdraw: { from: ['draft', 'pending', 'returned'], to: 'withdrawn', by: ['requester'] },
  comment: { from: ['pending', 'returned'], to: 'same', by: ['requester', 'approver'] },
};

/** The decision on one action: allowed (with the next status), forbidden for this actor, or not allowed now. */
export type ApprovalDecision =
  | { outcome: 'allowed'; to: ApprovalStatus }
  | { outcome: 'forbidden' }
  | { outcome: 'conflict'; allowedActions: ApprovalAction[] };

const partyMay = (rule: TransitionRule, parties: readonly ApprovalParty[]) =>
  parties.some((party) => rule.by.includes(party));

const stateAllows = (rule: TransitionRule, status: ApprovalStatus, context: ApprovalTransitionContext) =>
  rule.from.includes(status) && (!rule.currentStepOnly || context.decidesCurrentStep);

/** The actions the actor may take on a request in its current status. */
export function allowedApprovalActions(
  status: ApprovalStatus,
  parties: readonly ApprovalParty[],
  context: ApprovalTransitionContext,
): ApprovalAction[] {
  return approvalActions.filter((action) => {
    const rule = rules[action];
    return partyMay(rule, parties) && stateAllows(rule, status, context);
  });
}

/**
 * Decides an action: forbidden when the actor may never take it on this request (not its requester, not in its
 * chain), conflict (with the actions allowed now) when its status or current step does not allow it, otherwise the
 * next status.
 */
export function decideApprovalAction(
  status: ApprovalStatus,
  action: ApprovalAction,
  parties: readonly ApprovalParty[],
  context: ApprovalTransitionContext,
): ApprovalDecision {
  const rule = rules[action];
  if (!partyMay(rule, parties)) {
    return { outcome: 'forbidden' };
  }
  if (!stateAllows(rule, status, context)) {
    return { outcome: 'conflict', allowedActions: allowedApprovalActions(status, parties, context) };
  }
  if (rule.to === 'same') {
    return { outcome: 'allowed', to: status };
  }
  if (rule.to === 'next_step') {
    return { outcome: 'allowed', to: context.isLastStep ? 'approved' : 'pending' };
  }
  return { outcome: 'allowed', to: rule.to };
}

/** Statuses where the request is decided or given up: nothing more is expected from anyone. */
export const finalApprovalStatuses: readonly ApprovalStatus[] = ['approved', 'rejected', 'withdrawn'];

/** Whether a request is over. */
export const isApprovalFinal = (status: ApprovalStatus): boolean => finalApprovalStatuses.includes(status);
