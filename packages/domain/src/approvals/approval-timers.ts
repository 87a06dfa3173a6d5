import { addWorkingDays, type WorkingCalendar } from '../referrals/working-calendar';
import type { ApproverRule } from './approval-chain';
import type { ApprovalRequestRecord } from './approval-request-record';

/**
 * Step timers (issue #5 §4): each step has a number of working days of the GST's calendar to be decided, counted from
 * the day it became current. A step started on Friday with 1 working day is due by Monday midnight (Morocco time);
 * weekends and the GST's holidays do not count.
 */

/** When a step that became current at `startedAt` falls due. */
export const approvalStepDueAt = (calendar: WorkingCalendar, startedAt: Date, respondWithinWorkingDays: number): Date =>
  addWorkingDays(calendar, startedAt, respondWithinWorkingDays);

/** A pending step past its due date, for the sweeper that reminds approvers and escalates. */
export interface OverdueApprovalStep {
  requestId: string;
  gstId: string;
  type: string;
  stepIndex: number;
  approver: ApproverRule;
  dueAt: string;
  /** Whole hours past the due date. */
  overdueHours: number;
}

type TimedRequest = Pick<ApprovalRequestRecord, 'id' | 'gstId' | 'type' | 'status' | 'currentStep' | 'steps'>;

/** The overdue step of a request at `now`, or undefined when it waits on no step or is still in time. */
export function findOverdueApprovalStep(request: TimedRequest, now: Date): OverdueApprovalStep | undefined {
  if (request.status !== 'pending' || request.currentStep === null) {
    return undefined;
  }
  const step = request.steps[request.currentStep];
  if (!step?.dueAt || step.decision !== null) {
    return undefined;
  }
  const late = now.getTime() - new Date(step.dueAt).getTime();
  if (late <= 0) {
    return undefined;
  }
  return {
    requestId: request.id,
    gstId: request.gstId,
    type: request.type,
    stepIndex: request.currentStep,
    approver: step.approver,
    dueAt: step.dueAt,
    overdueHours: Math.floor(late / 3_600_000),
  };
}

/** The overdue steps among many requests, most overdue first. */
export function overdueApprovalSteps(requests: readonly TimedRequest[], now: Date): OverdueApprovalStep[] {
  return requests
    .flatMap((request) => {
      const overdue = findOverdueApprovalStep(request, now);
      return overdue ? [overdue] : [];
    })
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.requestId.localeCompare(b.requestId));
}
