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

type StoredPeriod = MobilityStaffSchedule['assignments'][number];
type NewAssignment = AssignmentPeriod & { id: string; specialtyCode: string | null };

/** One write the approval makes on the staff member's assignments. */
export type AssignmentWrite =
  { kind: 'end'; id: string; validTo: string } | { kind: 'insert'; assignment: NewAssignment };

const inForceOn = (period: { validFrom: string; validTo: string | null }, day: string) =>
  period.validFrom <= day && (period.validTo === null || period.validTo >= day);

const totalShareOn = (assignments: readonly AssignmentPeriod[], day: string) =>
  assignments.filter((a) => inForceOn(a, day)).reduce((sum, a) => sum + a.timeShare, 0);

/**
 * Ends the primary assignment the day before `from` and continues it from `from` at `share` (and, for a mobility with
 * an end, at its former share again the day after `to`): the time a mobility takes comes out of the primary post.
 * @throws AppError unprocessable when the primary assignment starts on the mobility's first day
 */
function splitPrimary(primary: StoredPeriod, from: string, to: string | null, share: number): AssignmentWrite[] {
  if (primary.validFrom >= from) {
    throw unprocessable('The primary assignment starts on the mobility’s first day: change it in the staff record', [
      { path: ['subject', 'startsOn'], message: 'The current primary assignment starts on this day' },
    ]);
  }
  const piece = (validFrom: string, validTo: string | null, timeShare: number): AssignmentWrite => ({
    kind: 'insert',
    assignment: { ...primary, id: randomUUID(), validFrom, validTo, timeShare },
  });
  const writes: AssignmentWrite[] = [{ kind: 'end', id: primary.id, validTo: addDays(from, -1) }];
  if (share > 0) {
    writes.push(piece(from, to, share));
  }
  if (to !== null && (primary.validTo === null || primary.validTo > to)) {
    writes.push(piece(addDays(to, 1), primary.validTo, primary.timeShare));
  }
  return writes;
}

function applyWrites(assignments: readonly AssignmentPeriod[], writes: readonly AssignmentWrite[]): AssignmentPeriod[] {
  const ended = new Map(writes.flatMap((w) => (w.kind === 'end' ? [[w.id, w.validTo] as const] : [])));
  const kept = assignments.map((a) =>
    a.id !== null && ended.has(a.id) ? { ...a, validTo: ended.get(a.id) ?? null } : a,
  );
  return [...kept, ...writes.flatMap((w) => (w.kind === 'insert' ? [w.assignment] : []))];
}

/**
 * The assignment changes an approved mobility makes. A permanent transfer ends the primary assignment the day before
 * and opens a new primary one at the destination. Otherwise an additional assignment at the destination takes the
 * time share over the dates, and the primary post gives up what exceeds 100 % over those dates. The new assignment is
 * checked against the assignment rules.
 * @throws AppError unprocessable with the broken rule (over 100 %, closed establishment, outside employment…)
 */
export function planMobilityAssignments(
  schedule: MobilityStaffSchedule,
  subject: MobilitySubject,
  context: StaffAssignmentContext,
): AssignmentWrite[] {
  const permanent = subject.kind === 'permanent_transfer';
  const primary = schedule.assignments.find((a) => a.kind === 'primary' && inForceOn(a, subject.startsOn));
  const excess = totalShareOn(schedule.assignments, subject.startsOn) + subject.timeShare - 100;
  const split =
    primary && (permanent || excess > 0)
      ? splitPrimary(
          primary,
          subject.startsOn,
          permanent ? null : subject.endsOn,
          permanent ? 0 : primary.timeShare - excess,
        )
      : [];
  const added: NewAssignment = {
    id: randomUUID(),
    establishmentId: subject.toEstablishmentId,
    specialtyCode: subject.toSpecialtyCode,
    kind: permanent ? 'primary' : 'additional',
    timeShare: subject.timeShare,
    validFrom: subject.startsOn,
    validTo: subject.endsOn,
  };
  const before = applyWrites(schedule.assignments, split);
  assertStaffAssignmentChange(before, { ...added, id: null }, context);
  return [...split, { kind: 'insert', assignment: added }];
}
