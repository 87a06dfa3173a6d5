import type { AssignmentPeriod } from './staff-assignment';
import type { EmploymentPeriod } from './staff-assignment-rules';
import { rangesOverlap, type LeavePeriod } from './staff-leave';
import { timeSharePeak } from './time-share-peak';

/** Why a person is not available on an interval. */
export type AvailabilityConflict =
  | { kind: 'not_employed'; employment: EmploymentPeriod }
  | { kind: 'leave'; leave: LeavePeriod }
  | { kind: 'time_share_exceeded'; peak: number; assignments: AssignmentPeriod[] };

/** Whether the person is available, and every reason they are not. */
export interface StaffAvailability {
  available: boolean;
  conflicts: AvailabilityConflict[];
}

/** What availability reads about one staff member. */
export interface StaffSchedule {
  employment: EmploymentPeriod;
  leaves: readonly LeavePeriod[];
  assignments: readonly AssignmentPeriod[];
}

/**
 * Whether a staff member is available on every day from `from` to `to` (inclusive): employed throughout and on no
 * leave. With `timeShare` (a mission or secondment being considered), their assignments on those days must also leave
 * that share free. Rosters ask it per duty day; mobility shows the conflicts to approvers.
 */
export function checkStaffAvailability(
  schedule: StaffSchedule,
  interval: { from: string; to: string },
  options: { timeShare?: number } = {},
): StaffAvailability {
  const conflicts: AvailabilityConflict[] = [];
  const { employedFrom, employedTo } = schedule.employment;
  if (interval.from < employedFrom || (employedTo !== null && interval.to > employedTo)) {
    conflicts.push({ kind: 'not_employed', employment: schedule.employment });
  }
  for (const leave of schedule.leaves) {
    if (rangesOverlap(interval, { from: leave.startsOn, to: leave.endsOn })) {
      conflicts.push({ kind: 'leave', leave });
    }
  }
  if (options.timeShare !== undefined) {
    const considered = { timeShare: options.timeShare, validFrom: interval.from, validTo: interval.to };
    const within = schedule.assignments.filter((assignment) =>
      rangesOverlap(interval, { from: assignment.validFrom, to: assignment.validTo ?? interval.to }),
    );
    const peak = timeSharePeak([...within, considered]);
    if (peak.peak > 100) {
      const assignments = within.filter((assignment) => peak.periods.some((period) => period === assignment));
      conflicts.push({ kind: 'time_share_exceeded', peak: peak.peak, assignments });
    }
  }
  return { available: conflicts.length === 0, conflicts };
}
