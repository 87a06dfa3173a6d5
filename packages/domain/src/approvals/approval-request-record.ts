import type { ApproverRule } from './approval-chain';
import type { ApprovalAction, ApprovalStatus } from './approval-state-machine';

/** How a step ended. A step that has not ended yet (or was never reached) has no decision. */
export const stepDecisions = ['approved', 'rejected', 'returned'] as const;
export type StepDecision = (typeof stepDecisions)[number];

/**
 * One step of a submitted request's chain. The chain is copied onto the request when it is submitted, so a later
 * change of the GST's configuration never moves a request already in review.
 */
export interface ApprovalStepState {
  approver: ApproverRule;
  respondWithinWorkingDays: number;
  /** When the step became current (its timer starts) and when it falls due; null until then. */
  startedAt: string | null;
  dueAt: string | null;
  decision: StepDecision | null;
  decidedAt: string | null;
  decidedByUserId: string | null;
  /** The approver a delegate decided for ("on behalf of"); null when the approver decided in person. */
  onBehalfOfUserId: string | null;
}

/**
 * A request for approval as stored: what `db` reads and writes and the server's use cases work on. `TSubject` is the
 * type's own payload (a mission, a roster swap, a purchase…), parsed by the type's schema.
 */
export interface ApprovalRequestRecord<TSubject = unknown> {
  id: string;
  gstId: string;
  type: string;
  subject: TSubject;
  requesterUserId: string;
  /** The establishment the request comes from, and the one it concerns at the other end (a mission's host), if any. */
  originEstablishmentId: string;
  destinationEstablishmentId: string | null;
  amount: number | null;
  durationDays: number | null;
  status: ApprovalStatus;
  /** Index (0-based) of the step waiting for a decision while pending; null otherwise. */
  currentStep: number | null;
  /** The chain of the latest submission; empty for a draft never submitted. */
  steps: ApprovalStepState[];
  /** Bumped by every change; a change sent with another version answers 409 (one of two concurrent approvals wins). */
  version: number;
  createdAt: string;
  /** The first submission, from which the time to decision is measured, and the latest one. */
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  /** The final decision (approved or rejected); a withdrawal is not a decision. */
  decidedAt: string | null;
  withdrawnAt: string | null;
}

/** One entry of a request's history, comments included: the full audit of who did what, for whom and when. */
export interface ApprovalEvent {
  requestId: string;
  action: ApprovalAction;
  fromStatus: ApprovalStatus;
  toStatus: ApprovalStatus;
  /** The step the action was taken on (decisions), or null. */
  stepIndex: number | null;
  actorUserId: string;
  onBehalfOfUserId: string | null;
  comment: string | null;
  occurredAt: string;
}
