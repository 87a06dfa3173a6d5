import { covers } from '../auth/access-policy';
import type { Actor, RoleAssignment, ScopeTarget } from '../auth/roles';
import { approverScopeLevels, type ApproverRule } from './approval-chain';
import { isDelegationActive, type ApprovalDelegation } from './approval-delegation';
import type { ApprovalRequestRecord } from './approval-request-record';
import type { ApprovalParty } from './approval-state-machine';

/**
 * Who may decide a request's steps (issue #5 §4). An approver holds the step's role at exactly the step's scope (the
 * GST's HR officer, not an establishment's, decides a GST step), or is the active delegate of someone who does. The
 * requester never decides their own request, neither in person nor through a delegate of theirs.
 */
export type ApprovalRequestPlace = Pick<
  ApprovalRequestRecord,
  'gstId' | 'originEstablishmentId' | 'destinationEstablishmentId'
>;

/** The place an approver's scope points to for a request; undefined for a destination the request does not have. */
export function approverTarget(request: ApprovalRequestPlace, rule: ApproverRule): ScopeTarget | undefined {
  switch (rule.scope) {
    case 'gst':
      return { gstId: request.gstId };
    case 'origin_establishment':
      return { gstId: request.gstId, establishmentId: request.originEstablishmentId };
    case 'destination_establishment':
      return request.destinationEstablishmentId === null
        ? undefined
        : { gstId: request.gstId, establishmentId: request.destinationEstablishmentId };
  }
}

/** Whether role assignments include the approver's role at exactly the approver's scope for this request. */
export function holdsApproverRule(
  assignments: readonly RoleAssignment[],
  rule: ApproverRule,
  request: ApprovalRequestPlace,
): boolean {
  const target = approverTarget(request, rule);
  return (
    target !== undefined &&
    assignments.some(
      (assignment) =>
        assignment.role === rule.role &&
        assignment.scopeLevel === approverScopeLevels[rule.scope] &&
        covers(assignment, target),
    )
  );
}

/** The authority an actor decides a step with: their own (`onBehalfOfUserId` null) or a delegation's. */
export interface StepAuthority {
  onBehalfOfUserId: string | null;
}

type DecidableRequest = Pick<
  ApprovalRequestRecord,
  'gstId' | 'originEstablishmentId' | 'destinationEstablishmentId' | 'type' | 'requesterUserId' | 'steps'
>;

/** How the actor may decide step `stepIndex` of a request, or undefined when they may not (the requester never may). */
export function findStepAuthority(
  actor: Actor,
  request: DecidableRequest,
  stepIndex: number,
  delegations: readonly ApprovalDelegation[],
  now: Date,
): StepAuthority | undefined {
  const step = request.steps[stepIndex];
  if (!step || actor.userId === request.requesterUserId) {
    return undefined;
  }
  if (holdsApproverRule(actor.assignments, step.approver, request)) {
    return { onBehalfOfUserId: null };
  }
  const delegation = delegations.find(
    (candidate) =>
      candidate.delegateUserId === actor.userId &&
      candidate.gstId === request.gstId &&
      candidate.approverUserId !== request.requesterUserId &&
      isDelegationActive(candidate, request.type, now) &&
      holdsApproverRule(candidate.approverAssignments, step.approver, request),
  );
  return delegation ? { onBehalfOfUserId: delegation.approverUserId } : undefined;
}

/** Whether the actor may decide the step a pending request waits on, in person or as an active delegate. */
export function canDecideStep(
  actor: Actor,
  request: DecidableRequest & Pick<ApprovalRequestRecord, 'status' | 'currentStep'>,
  delegations: readonly ApprovalDelegation[],
  now: Date,
): boolean {
  return (
    request.status === 'pending' &&
    request.currentStep !== null &&
    findStepAuthority(actor, request, request.currentStep, delegations, now) !== undefined
  );
}

/** How the actor stands to a request: its requester, an approver of any step of its chain, both or neither. */
export function approvalPartiesOf(
  actor: Actor,
  request: DecidableRequest,
  delegations: readonly ApprovalDelegation[],
  now: Date,
): ApprovalParty[] {
  const isApprover = request.steps.some(
    (_step, index) => findStepAuthority(actor, request, index, delegations, now) !== undefined,
  );
  return [
    ...(actor.userId === request.requesterUserId ? (['requester'] as const) : []),
    ...(isApprover ? (['approver'] as const) : []),
  ];
}

/** Opening a request: its requester and the approvers (and active delegates) of its chain; a draft is the requester's. */
export const canViewApprovalRequest = (
  actor: Actor,
  request: DecidableRequest,
  delegations: readonly ApprovalDelegation[],
  now: Date,
): boolean => approvalPartiesOf(actor, request, delegations, now).length > 0;
