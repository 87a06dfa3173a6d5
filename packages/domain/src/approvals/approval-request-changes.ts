import type { Actor } from '../auth/roles';
import { unprocessable } from '../lib/app-error';
import type { WorkingCalendar } from '../referrals/working-calendar';
import { selectApprovalChain, type ApprovalChain, type RequestTypeConfig } from './approval-chain';
import type { ApprovalDelegation } from './approval-delegation';
import type { StepAuthority } from './approval-policy';
import type { ApprovalEvent, ApprovalRequestRecord, ApprovalStepState, StepDecision } from './approval-request-record';
import type { ApprovalAction, ApprovalStatus } from './approval-state-machine';
import { approvalStepDueAt } from './approval-timers';

/** What a requester may change while the request is a draft or returned: the subject and what derives from it. */
export type ApprovalRequestChanges<TSubject = unknown> = Pick<
  ApprovalRequestRecord<TSubject>,
  'subject' | 'amount' | 'durationDays' | 'destinationEstablishmentId'
>;

/**
 * One action on a request. Every action but `comment` carries the version the actor saw: a comment changes nothing,
 * so it never races. Submitting takes the type's configuration to select the chain from the request's measures.
 */
export type ApprovalCommand<TSubject = unknown> =
  | { action: 'edit'; expectedVersion: number; changes: ApprovalRequestChanges<TSubject> }
  | { action: 'submit'; expectedVersion: number; config: RequestTypeConfig; comment: string | null }
  | { action: 'approve' | 'withdraw'; expectedVersion: number; comment: string | null }
  | { action: 'reject' | 'return'; expectedVersion: number; comment: string }
  | { action: 'comment'; comment: string };

/** Who acts and when, with the delegations in force and the GST's working calendar for the step timers. */
export interface ApprovalActionContext {
  actor: Actor;
  delegations: readonly ApprovalDelegation[];
  now: Date;
  calendar: WorkingCalendar;
}

/** The request after the action (unchanged for a comment) and the event to append to its history. */
export interface ApprovalActionResult<TSubject> {
  request: ApprovalRequestRecord<TSubject>;
  event: ApprovalEvent;
}

const decisionByAction = { approve: 'approved', reject: 'rejected', return: 'returned' } as const;
type DecisionAction = keyof typeof decisionByAction;
/** Whether an action decides the current step. */
export const isStepDecision = (action: ApprovalAction): action is DecisionAction => action in decisionByAction;

function startStep(step: ApprovalStepState, now: Date, calendar: WorkingCalendar): ApprovalStepState {
  const dueAt = approvalStepDueAt(calendar, now, step.respondWithinWorkingDays);
  return { ...step, startedAt: now.toISOString(), dueAt: dueAt.toISOString() };
}

function chainSteps(chain: ApprovalChain): ApprovalStepState[] {
  return chain.steps.map((step) => ({
    approver: step.approver,
    respondWithinWorkingDays: step.respondWithinWorkingDays,
    startedAt: null,
    dueAt: null,
    decision: null,
    decidedAt: null,
    decidedByUserId: null,
    onBehalfOfUserId: null,
  }));
}

function submitted<T>(request: ApprovalRequestRecord<T>, config: RequestTypeConfig, context: ApprovalActionContext) {
  if (config.type !== request.type) {
    throw new Error(`The configuration of ${config.type} was given for a ${request.type} request`);
  }
  const chain = selectApprovalChain(config, { amount: request.amount, durationDays: request.durationDays });
  const needsDestination = chain.steps.some((step) => step.approver.scope === 'destination_establishment');
  if (request.destinationEstablishmentId === null && needsDestination) {
    throw unprocessable('This request needs a destination establishment', [
      { path: ['destinationEstablishmentId'], message: 'Required by the approval chain' },
    ]);
  }
  const [first, ...rest] = chainSteps(chain);
  const now = context.now.toISOString();
  return {
    status: 'pending' as const,
    currentStep: 0,
    steps: first ? [startStep(first, context.now, context.calendar), ...rest] : rest,
    firstSubmittedAt: request.firstSubmittedAt ?? now,
    submittedAt: now,
  };
}

function decided<T>(
  request: ApprovalRequestRecord<T>,
  decision: StepDecision,
  to: ApprovalStatus,
  authority: StepAuthority,
  context: ApprovalActionContext,
) {
  const index = request.currentStep ?? -1;
  const now = context.now.toISOString();
  const steps = request.steps.map((step, stepIndex): ApprovalStepState => {
    if (stepIndex === index) {
      const by = { decidedByUserId: context.actor.userId, onBehalfOfUserId: authority.onBehalfOfUserId };
      return { ...step, decision, decidedAt: now, ...by };
    }
    return stepIndex === index + 1 && to === 'pending' ? startStep(step, context.now, context.calendar) : step;
  });
  const isFinalDecision = to === 'approved' || to === 'rejected';
  return {
    status: to,
    currentStep: to === 'pending' ? index + 1 : null,
    steps,
    decidedAt: isFinalDecision ? now : null,
  };
}

/**
 * The fields an allowed action changes on a request (the version is bumped by the caller).
 * @throws AppError unprocessable on submission when no chain applies or the chain needs a missing destination.
 */
export function approvalRequestChanges<T>(
  request: ApprovalRequestRecord<T>,
  command: ApprovalCommand<T>,
  to: ApprovalStatus,
  authority: StepAuthority | undefined,
  context: ApprovalActionContext,
): Partial<ApprovalRequestRecord<T>> {
  switch (command.action) {
    case 'edit':
      return command.changes;
    case 'submit':
      return submitted(request, command.config, context);
    case 'approve':
    case 'reject':
    case 'return':
      if (!authority) {
        throw new Error('A step decision needs the authority of the current step');
      }
      return decided(request, decisionByAction[command.action], to, authority, context);
    case 'withdraw':
      return { status: 'withdrawn', currentStep: null, withdrawnAt: context.now.toISOString() };
    case 'comment':
      return {};
  }
}
