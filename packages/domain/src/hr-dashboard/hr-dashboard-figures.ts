import type { ApprovalRequestRecord } from '../approvals/approval-request-record';
import { findTimeToDecision, percentileCont } from '../approvals/time-to-decision';
import { moroccoDay, workingDaysBetween, type WorkingCalendar } from '../referrals/working-calendar';
import type { StaffingTableRow } from '../staff/staffing-table';
import { wisnPressures, type WisnPressure } from '../wisn/wisn-pressure';

/**
 * Pure figures of the HR dashboards (issue #5 §9), each defined in docs/hr-dashboard.md: vacancies per establishment,
 * WISN pressure counts, mobility flows, time to decision per month and the ages of pending requests.
 */

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Budgeted, filled, vacant and over-staffed posts of one establishment; `vacancyRate` is vacant ÷ budgeted. */
export interface EstablishmentVacancies {
  establishmentId: string;
  budgeted: number;
  filled: number;
  vacant: number;
  overStaffed: number;
  vacancyRate: number | null;
}

/**
 * The staffing table summed per establishment, most vacant posts first. Vacant and over-staffed posts are summed line
 * by line (service × cadre): a surplus of nurses does not fill a doctor's post.
 */
export function vacanciesByEstablishment(rows: readonly StaffingTableRow[]): EstablishmentVacancies[] {
  const sums = new Map<string, EstablishmentVacancies>();
  for (const row of rows) {
    const sum = sums.get(row.establishmentId) ?? {
      establishmentId: row.establishmentId,
      ...{ budgeted: 0, filled: 0, vacant: 0, overStaffed: 0, vacancyRate: null },
    };
    sum.budgeted += row.budgeted;
    sum.filled += row.filled;
    sum.vacant += row.vacant;
    sum.overStaffed += row.overStaffed;
    sums.set(row.establishmentId, sum);
  }
  return [...sums.values()]
    .map((sum) => ({
      ...sum,
      budgeted: round2(sum.budgeted),
      filled: round2(sum.filled),
      vacant: round2(sum.vacant),
      overStaffed: round2(sum.overStaffed),
      vacancyRate: sum.budgeted > 0 ? Math.round((sum.vacant / sum.budgeted) * 10_000) / 10_000 : null,
    }))
    .sort((a, b) => b.vacant - a.vacant || a.establishmentId.localeCompare(b.establishmentId));
}

/** How many WISN rows (establishment × cadre) fall in each pressure band, every band listed. */
export function countWisnPressures(
  rows: readonly { pressure: WisnPressure }[],
): { pressure: WisnPressure; count: number }[] {
  return wisnPressures.map((pressure) => ({ pressure, count: rows.filter((row) => row.pressure === pressure).length }));
}

type FlowRequest = Pick<ApprovalRequestRecord, 'originEstablishmentId' | 'destinationEstablishmentId' | 'status'>;

/** Mobilities from one establishment to another: approved ones, and those still waiting (pending or returned). */
export interface MobilityFlow {
  originId: string;
  destinationId: string;
  approved: number;
  pending: number;
}

/**
 * Mobility requests grouped per origin → destination, busiest first. Approved requests are movements decided;
 * pending and returned ones are movements asked for; rejected, withdrawn and draft requests are no flow.
 */
export function mobilityFlows(requests: readonly FlowRequest[]): MobilityFlow[] {
  const flows = new Map<string, MobilityFlow>();
  for (const request of requests) {
    const destinationId = request.destinationEstablishmentId;
    const kind =
      request.status === 'approved' ? 'approved' : ['pending', 'returned'].includes(request.status) ? 'pending' : null;
    if (destinationId === null || kind === null) {
      continue;
    }
    const key = `${request.originEstablishmentId}>${destinationId}`;
    const flow = flows.get(key) ?? { originId: request.originEstablishmentId, destinationId, approved: 0, pending: 0 };
    flow[kind] += 1;
    flows.set(key, flow);
  }
  return [...flows.values()].sort(
    (a, b) =>
      b.approved + b.pending - (a.approved + a.pending) ||
      `${a.originId}>${a.destinationId}`.localeCompare(`${b.originId}>${b.destinationId}`),
  );
}

type MeasuredRequest = Pick<ApprovalRequestRecord, 'type' | 'status' | 'firstSubmittedAt' | 'decidedAt'>;

/** The time to decision of the requests decided in one month (Morocco time). */
export interface MonthlyTimeToDecision {
  month: string;
  decided: number;
  medianHours: number | null;
  p90Hours: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
}

/** Median and 90th percentile of the time to decision per month of decision, months in order. */
export function timeToDecisionByMonth(
  requests: readonly MeasuredRequest[],
  calendar: WorkingCalendar,
): MonthlyTimeToDecision[] {
  const byMonth = new Map<string, { hours: number[]; days: number[] }>();
  for (const request of requests) {
    const time = findTimeToDecision(request, calendar);
    if (!time || request.decidedAt === null) {
      continue;
    }
    const month = moroccoDay(new Date(request.decidedAt)).slice(0, 7);
    const values = byMonth.get(month) ?? { hours: [], days: [] };
    values.hours.push(time.calendarHours);
    values.days.push(time.workingDays);
    byMonth.set(month, values);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, { hours, days }]) => ({
      month,
      decided: hours.length,
      medianHours: percentileCont(hours, 0.5),
      p90Hours: percentileCont(hours, 0.9),
      medianWorkingDays: percentileCont(days, 0.5),
      p90WorkingDays: percentileCont(days, 0.9),
    }));
}

type WaitingRequest = Pick<
  ApprovalRequestRecord,
  'id' | 'type' | 'status' | 'firstSubmittedAt' | 'originEstablishmentId' | 'destinationEstablishmentId'
>;

/** A request still waiting for its decision and how long it has waited since its first submission. */
export interface PendingRequestAge {
  requestId: string;
  type: string;
  status: 'pending' | 'returned';
  originEstablishmentId: string;
  destinationEstablishmentId: string | null;
  firstSubmittedAt: string;
  /** Calendar days (Morocco) from the submission day to today; working days of the GST's calendar likewise. */
  ageDays: number;
  ageWorkingDays: number;
}

/** The pending and returned requests with their age at `now`, oldest first. */
export function pendingRequestAges(
  requests: readonly WaitingRequest[],
  now: Date,
  calendar: WorkingCalendar,
): PendingRequestAge[] {
  const today = moroccoDay(now);
  return requests
    .flatMap((request): PendingRequestAge[] => {
      const status = request.status;
      if ((status !== 'pending' && status !== 'returned') || request.firstSubmittedAt === null) {
        return [];
      }
      const submitted = new Date(request.firstSubmittedAt);
      const submittedDay = moroccoDay(submitted);
      return [
        {
          requestId: request.id,
          type: request.type,
          status,
          originEstablishmentId: request.originEstablishmentId,
          destinationEstablishmentId: request.destinationEstablishmentId,
          firstSubmittedAt: request.firstSubmittedAt,
          ageDays: Math.max(0, Math.round((Date.parse(today) - Date.parse(submittedDay)) / 86_400_000)),
          ageWorkingDays: workingDaysBetween(calendar, submitted, now),
        },
      ];
    })
    .sort((a, b) => a.firstSubmittedAt.localeCompare(b.firstSubmittedAt) || a.requestId.localeCompare(b.requestId));
}
