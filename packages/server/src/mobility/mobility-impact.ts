import {
  checkStaffAvailability,
  isAppError,
  type AvailabilityConflict,
  type MobilityConflict,
  type MobilityImpact,
  type MobilitySubject,
  type StaffCountChange,
} from '@tansiq/domain';
import { listEstablishmentStandings, listFteByCadre, type Executor, type MobilityStaffSchedule } from '@tansiq/db';
import { planMobilityAssignments } from './mobility-assignments';
import { mobilityOnCallLines, mobilityWisnChanges } from './mobility-impact-extensions';

function toConflict(conflict: AvailabilityConflict): MobilityConflict {
  switch (conflict.kind) {
    case 'not_employed':
      return {
        kind: 'not_employed',
        message: 'Not employed over the whole period',
        from: conflict.employment.employedFrom,
        to: conflict.employment.employedTo,
      };
    case 'leave':
      return {
        kind: 'leave',
        message: `On ${conflict.leave.kind} leave`,
        from: conflict.leave.startsOn,
        to: conflict.leave.endsOn,
      };
    case 'time_share_exceeded':
      return {
        kind: 'time_share_exceeded',
        message: `Time shares would reach ${conflict.peak} %`,
        from: null,
        to: null,
      };
  }
}

/** Conflicts with leave, employment and other assignments, and the assignment rules the approval would break. */
async function findConflicts(executor: Executor, schedule: MobilityStaffSchedule, subject: MobilitySubject) {
  const to = subject.endsOn ?? subject.startsOn;
  const timeShare = subject.kind === 'permanent_transfer' ? undefined : subject.timeShare;
  const availability = checkStaffAvailability(
    schedule,
    { from: subject.startsOn, to },
    timeShare === undefined ? {} : { timeShare },
  );
  const conflicts = availability.conflicts.map(toConflict);
  const ids = [...new Set([...schedule.assignments.map((a) => a.establishmentId), subject.toEstablishmentId])];
  const context = {
    establishments: await listEstablishmentStandings(executor, schedule.gstId, ids),
    employment: schedule.employment,
  };
  try {
    planMobilityAssignments(schedule, subject, context);
  } catch (error) {
    if (!isAppError(error)) {
      throw error;
    }
    conflicts.push({ kind: 'assignment_rule', message: error.message, from: subject.startsOn, to: subject.endsOn });
  }
  return conflicts;
}

/** FTE of the person's cadre at both ends on the first day, before and after the mobility. */
async function staffCounts(
  executor: Executor,
  schedule: MobilityStaffSchedule,
  subject: MobilitySubject,
  approved: boolean,
) {
  const ends = [subject.fromEstablishmentId, subject.toEstablishmentId];
  const fte = await listFteByCadre(executor, schedule.gstId, ends, subject.startsOn);
  const moved = subject.timeShare / 100;
  return ends.map((establishmentId): StaffCountChange => {
    const now = fte.find((row) => row.establishmentId === establishmentId && row.cadre === schedule.cadre)?.fte ?? 0;
    const sign = establishmentId === subject.fromEstablishmentId ? -1 : 1;
    // Once approved, the counts already include the mobility: "before" is what it was without it.
    const before = approved ? now - sign * moved : now;
    return { establishmentId, cadre: schedule.cadre, fteBefore: before, fteAfter: approved ? now : now + sign * moved };
  });
}

/**
 * What approvers see before deciding a mobility (issue #5 §5): conflicts with leave and other assignments, the staff
 * counts of the person's cadre at both ends before and after, WISN ratios (null without standards), on-call lines
 * affected, and the assignments the approval created.
 */
export async function computeMobilityImpact(
  executor: Executor,
  schedule: MobilityStaffSchedule,
  subject: MobilitySubject,
  requestId: string,
  approved: boolean,
): Promise<MobilityImpact> {
  const staffCountChanges = await staffCounts(executor, schedule, subject, approved);
  return {
    staffMember: {
      id: schedule.id,
      displayName: schedule.displayName,
      cadre: schedule.cadre,
      staffNumber: schedule.staffNumber,
    },
    conflicts: approved ? [] : await findConflicts(executor, schedule, subject),
    staffCounts: staffCountChanges,
    wisn: await mobilityWisnChanges(executor, schedule.gstId, staffCountChanges),
    onCallLines: await mobilityOnCallLines(executor, schedule, subject),
    createdAssignments: schedule.assignments
      .filter((a) => a.sourceRequestId === requestId)
      .map(({ id, establishmentId, kind, timeShare, validFrom, validTo }) => ({
        id,
        establishmentId,
        kind,
        timeShare,
        validFrom,
        validTo,
      })),
  };
}
