import { workingDaysBetween, type WorkingCalendar } from '../referrals/working-calendar';
import type { ApprovalRequestRecord } from './approval-request-record';

/**
 * Time from submission to decision (issue #5 §4): the reform promises faster decisions, and this is where they show.
 * It runs from the first submission (when the requester first asked) to the final approval or rejection, time spent
 * returned for changes included, since that is what the requester lives through. Withdrawn requests have no decision.
 */
export interface TimeToDecision {
  calendarHours: number;
  /** Working days of the GST's calendar after the submission day, up to and including the decision day (0: same day). */
  workingDays: number;
}

type MeasuredRequest = Pick<ApprovalRequestRecord, 'type' | 'status' | 'firstSubmittedAt' | 'decidedAt'>;

/** A request's time to decision, or undefined while it is not decided (or was withdrawn). */
export function findTimeToDecision(request: MeasuredRequest, calendar: WorkingCalendar): TimeToDecision | undefined {
  if (request.firstSubmittedAt === null || request.decidedAt === null) {
    return undefined;
  }
  const from = new Date(request.firstSubmittedAt);
  const to = new Date(request.decidedAt);
  return {
    calendarHours: (to.getTime() - from.getTime()) / 3_600_000,
    workingDays: workingDaysBetween(calendar, from, to),
  };
}

/** The time to decision of one request type, over the requests given (usually those submitted in a period). */
export interface TimeToDecisionSummary {
  type: string;
  /** Requests decided (approved or rejected), the ones the median and 90th percentile are computed on. */
  decided: number;
  approved: number;
  rejected: number;
  /** Submitted and still waiting (pending or returned): a long tail here is slowness the medians do not show yet. */
  undecided: number;
  medianHours: number | null;
  p90Hours: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
}

/**
 * A percentile by linear interpolation between the closest ranks, as PostgreSQL's `percentile_cont`, so that figures
 * computed here and in SQL agree. Null for no values.
 */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) {
    return null;
  }
  const position = (sorted.length - 1) * fraction;
  const below = sorted[Math.floor(position)] ?? 0;
  const above = sorted[Math.ceil(position)] ?? below;
  return below + (above - below) * (position - Math.floor(position));
}

function summarise(type: string, requests: readonly MeasuredRequest[], calendar: WorkingCalendar) {
  const times = requests.flatMap((request) => {
    const time = findTimeToDecision(request, calendar);
    return time ? [time] : [];
  });
  const hours = times.map((time) => time.calendarHours);
  const days = times.map((time) => time.workingDays);
  const count = (status: ApprovalRequestRecord['status']) => requests.filter((r) => r.status === status).length;
  return {
    type,
    decided: times.length,
    approved: count('approved'),
    rejected: count('rejected'),
    undecided: count('pending') + count('returned'),
    medianHours: percentileCont(hours, 0.5),
    p90Hours: percentileCont(hours, 0.9),
    medianWorkingDays: percentileCont(days, 0.5),
    p90WorkingDays: percentileCont(days, 0.9),
  };
}

/** Count, median and 90th percentile of the time to decision per request type, types in alphabetical order. */
export function summariseTimeToDecision(
  requests: readonly MeasuredRequest[],
  calendar: WorkingCalendar,
): TimeToDecisionSummary[] {
  const byType = new Map<string, MeasuredRequest[]>();
  for (const request of requests) {
    if (request.firstSubmittedAt === null) {
      continue;
    }
    const ofType = byType.get(request.type);
    if (ofType) {
      ofType.push(request);
    } else {
      byType.set(request.type, [request]);
    }
  }
  return [...byType.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, ofType]) => summarise(type, ofType, calendar));
}
