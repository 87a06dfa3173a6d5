import {
  approvalActionsFor,
  type Actor,
  type ApprovalDelegation,
  type ApprovalRequestSummary,
  type ApprovalRequestView,
  type ApprovalStepState,
  type ApprovalStepView,
  type Attachment,
} from '@tansiq/domain';
import type { StoredApprovalEvent, StoredApprovalRequest } from '@tansiq/db';

const isLate = (step: ApprovalStepState | undefined, now: Date): boolean =>
  step !== undefined && step.decision === null && step.dueAt !== null && Date.parse(step.dueAt) < now.getTime();

/** A request in a worklist: never the raw row. */
export function presentApprovalSummary(stored: StoredApprovalRequest, now: Date): ApprovalRequestSummary {
  const { record } = stored;
  const current =
    record.status === 'pending' && record.currentStep !== null ? record.steps[record.currentStep] : undefined;
  return {
    id: record.id,
    type: record.type,
    status: record.status,
    subject: record.subject,
    requester: stored.requesterName,
    originEstablishment: stored.origin,
    destinationEstablishment: stored.destination,
    currentStep: record.currentStep,
    stepCount: record.steps.length,
    currentDueAt: current?.dueAt ?? null,
    overdue: isLate(current, now),
    version: record.version,
    createdAt: record.createdAt,
    submittedAt: record.submittedAt,
    decidedAt: record.decidedAt,
  };
}

function stepState(stored: StoredApprovalRequest, step: ApprovalStepState, index: number): ApprovalStepView['state'] {
  if (step.decision !== null) {
    return step.decision;
  }
  return stored.record.status === 'pending' && stored.record.currentStep === index ? 'current' : 'waiting';
}

/** A request opened by an actor: chain with step states, history, files, and the actions the actor may take now. */
export function presentApprovalRequest(
  stored: StoredApprovalRequest,
  extras: {
    actor: Actor;
    delegations: readonly ApprovalDelegation[];
    now: Date;
    events: readonly StoredApprovalEvent[];
    attachments: Attachment[];
    names: ReadonlyMap<string, string>;
  },
): ApprovalRequestView {
  const name = (id: string | null) => (id === null ? null : (extras.names.get(id) ?? id));
  return {
    ...presentApprovalSummary(stored, extras.now),
    steps: stored.record.steps.map((step, index) => ({
      index,
      approver: step.approver,
      respondWithinWorkingDays: step.respondWithinWorkingDays,
      state: stepState(stored, step, index),
      startedAt: step.startedAt,
      dueAt: step.dueAt,
      overdue: stored.record.status === 'pending' && stored.record.currentStep === index && isLate(step, extras.now),
      decision: step.decision,
      decidedAt: step.decidedAt,
      decidedBy: name(step.decidedByUserId),
      onBehalfOf: name(step.onBehalfOfUserId),
    })),
    history: extras.events.map((event) => ({
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      stepIndex: event.stepIndex,
      actor: event.actorName,
      onBehalfOf: event.onBehalfOfName,
      comment: event.comment,
      occurredAt: event.occurredAt,
    })),
    attachments: extras.attachments,
    allowedActions: approvalActionsFor(stored.record, extras),
    outcome: stored.outcome,
    withdrawnAt: stored.record.withdrawnAt,
  };
}
