import { randomUUID } from 'node:crypto';
import {
  addDays,
  assertStaffAssignmentChange,
  unprocessable,
  type AssignmentPeriod,
  type MobilitySubject,
  type StaffAssignmentContext,
} from '@tansiq/domain';
import type { MobilityStaffSchedule } from '@tansiq/db';

/** One write the approval makes on the staff member's assignments. */
export type AssignmentWrite =
  | { kind: 'end'; id: string; validTo: string }
  | { kind: 'insert'; assignment: AssignmentPeriod & { id: string; specialtyCode: string | null } };

const primaryOn = (schedule: MobilityStaffSchedule, day: string) =>
  schedule.assignments.find(
    (a) => a.kind === 'primary' && a.validFrom <= day && (a.validTo === null || a.validTo >= day),
  );

/**
 * The assignment changes an approved mobility makes: an additional assignment at the destination with the time share
 * and dates, or, for a permanent transfer, the end of the primary assignment in force the day before and a new primary
 * one at the destination. Each change is checked against the assignment rules as it is applied.
 * @throws AppError unprocessable with the broken rule (over 100 %, closed establishment, outside employment…)
 */
export function planMobilityAssignments(
  schedule: MobilityStaffSchedule,
  subject: MobilitySubject,
  context: StaffAssignmentContext,
): AssignmentWrite[] {
  const writes: AssignmentWrite[] = [];
  let current: readonly AssignmentPeriod[] = schedule.assignments;
  const permanent = subject.kind === 'permanent_transfer';
  const primary = permanent ? primaryOn(schedule, subject.startsOn) : undefined;
  if (primary) {
    const ended = { ...primary, validTo: addDays(subject.startsOn, -1) };
    if (ended.validTo < ended.validFrom) {
      throw unprocessable('The primary assignment starts on the transfer day: change it in the staff record', [
        { path: ['subject', 'startsOn'], message: 'The current primary assignment starts on this day' },
      ]);
    }
    current = current.map((a) => (a.id === primary.id ? ended : a));
    writes.push({ kind: 'end', id: primary.id, validTo: ended.validTo });
  }
  const added = {
    id: randomUUID(),
    establishmentId: subject.toEstablishmentId,
    specialtyCode: subject.toSpecialtyCode,
    kind: permanent ? ('primary' as const) : ('additional' as const),
    timeShare: subject.timeShare,
    validFrom: subject.startsOn,
    validTo: subject.endsOn,
  };
  assertStaffAssignmentChange(current, { ...added, id: null }, context);
  writes.push({ kind: 'insert', assignment: added });
  return writes;
}
