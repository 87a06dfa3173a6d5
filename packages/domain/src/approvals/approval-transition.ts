import { conflict, forbidden } from '../lib/app-error';
import { approvalPartiesOf, findStepAuthority, type StepAuthority } from './approval-policy';
import type { ApprovalEvent, ApprovalRequestRecord } from './approval-request-record';
import {
  approvalRequestChanges,
  isStepDecision,
  type ApprovalActionContext,
  type ApprovalActionResult,
  type ApprovalCommand,
} from './approval-request-changes';
import {
  allowedApprovalActions,
  decideApprovalAction,
  type ApprovalAction,
  type ApprovalStatus,
  type ApprovalTransitionContext,
} from './approval-state-machine';

function conflictDetails(
  request: Pick<ApprovalRequestRecord, 'status' | 'currentStep' | 'version'>,
  allowed: ReturnType<typeof allowedApprovalActions>,
) {
  return {
    status: request.status,
    currentStep: request.currentStep,
    allowedActions: allowed,
    version: request.version,
  };
}

type Actionable = Pick<
  ApprovalRequestRecord,
  | 'gstId'
  | 'originEstablishmentId'
  | 'destinationEstablishmentId'
  | 'type'
  | 'requesterUserId'
  | 'steps'
  | 'status'
  | 'currentStep'
  | 'version'
>;
type Standing = Pick<ApprovalActionContext, 'actor' | 'delegations' | 'now'>;

function standingOf(request: Actionable, { actor, delegations, now }: Standing) {
  const parties = approvalPartiesOf(actor, request, delegations, now);
  const authority =
    request.status === 'pending' && request.currentStep !== null
      ? findStepAuthority(actor, request, request.currentStep, delegations, now)
      : undefined;
  const transition: ApprovalTransitionContext = {
    decidesCurrentStep: authority !== undefined,
    isLastStep: request.currentStep === request.steps.length - 1,
  };
  return { parties, authority, transition };
}

/** The actions the actor may take on the request now: what the web offers (the server still checks). */
export function approvalActionsFor(request: Actionable, standing: Standing): ApprovalAction[] {
  const { parties, transition } = standingOf(request, standing);
  return allowedApprovalActions(request.status, parties, transition);
}

/**
 * Checks an action without applying it: the next status and the authority a step decision is taken with.
 * `expectedVersion` is null for a comment, which never races.
 * @throws AppError forbidden when the actor is neither the requester nor an approver of the chain (the requester is
 * never an approver of their own request); conflict with `{status, currentStep, allowedActions, version}` when the
 * version is stale or the status or current step does not allow the action.
 */
export function checkApprovalAction(
  request: Actionable,
  action: ApprovalAction,
  expectedVersion: number | null,
  standing: Standing,
): { to: ApprovalStatus; authority: StepAuthority | undefined } {
  const { parties, authority, transition } = standingOf(request, standing);
  const decision = decideApprovalAction(request.status, action, parties, transition);
  if (decision.outcome === 'forbidden') {
    throw forbidden('Only the requester and the approvers of this request may do this', request.gstId);
  }
  const details = conflictDetails(request, allowedApprovalActions(request.status, parties, transition));
  if (expectedVersion !== null && expectedVersion !== request.version) {
    throw conflict('The request was changed by someone else: reload it', [], details);
  }
  if (decision.outcome === 'conflict') {
    throw conflict(`The request is ${request.status}: this action is not possible now`, [], details);
  }
  return { to: decision.to, authority };
}

/**
 * Applies an action to a request: the pure core of every approval use case (the server loads, calls this, writes the
 * request only if still at the same version, appends the event). Decisions record who decided and on whose behalf.
 * @throws AppError forbidden or conflict as `checkApprovalAction`; unprocessable when no chain applies on submission.
 */
export function applyApprovalAction<TSubject>(
  request: ApprovalRequestRecord<TSubject>,
  command: ApprovalCommand<TSubject>,
  context: ApprovalActionContext,
): ApprovalActionResult<TSubject> {
  const expectedVersion = command.action === 'comment' ? null : command.expectedVersion;
  const { to, authority } = checkApprovalAction(request, command.action, expectedVersion, context);
  const changes = approvalRequestChanges(request, command, to, authority, context);
  const next = command.action === 'comment' ? request : { ...request, ...changes, version: request.version + 1 };
  const decidesStep = isStepDecision(command.action);
  const event: ApprovalEvent = {
    requestId: request.id,
    action: command.action,
    fromStatus: request.status,
    toStatus: next.status,
    stepIndex: decidesStep ? request.currentStep : null,
    actorUserId: context.actor.userId,
    onBehalfOfUserId: decidesStep ? (authority?.onBehalfOfUserId ?? null) : null,
    comment: 'comment' in command ? command.comment : null,
    occurredAt: context.now.toISOString(),
  };
  return { request: next, event };
}
