import {
  checkStaffAvailability,
  isAppError,
  type AvailabilityConflict,
  type MobilityConflict,
  type MobilityImpact,
  type MobilitySubject,
  type ReleasedShift,
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
  // Time shares are not checked here: the primary post gives up what the mobility takes (the plan below says when
  // it cannot).
  const availability = checkStaffAvailability(schedule, { from: subject.startsOn, to });
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

/** The share (0–1) of the person's time each end gains (+) or loses (−) on the first day, as the plan moves it. */
function movedShares(schedule: MobilityStaffSchedule, subject: MobilitySubject) {
  const day = subject.startsOn;
  const inForce = schedule.assignments.filter((a) => a.validFrom <= day && (a.validTo === null || a.validTo >= day));
  const primary = inForce.find((a) => a.kind === 'primary');
  const total = inForce.reduce((sum, a) => sum + a.timeShare, 0);
  const given =
    subject.kind === 'permanent_transfer'
      ? (primary?.timeShare ?? 0)
      : Math.min(primary?.timeShare ?? 0, Math.max(0, total + subject.timeShare - 100));
  const fromPrimaryAt = primary?.establishmentId ?? subject.fromEstablishmentId;
  return (establishmentId: string) =>
    ((establishmentId === subject.toEstablishmentId ? subject.timeShare : 0) -
      (establishmentId === fromPrimaryAt ? given : 0)) /
    100;
}

/** FTE of the person's cadre at both ends on the first day, before and after the mobility (before it is decided). */
export async function mobilityStaffCounts(
  executor: Executor,
  schedule: MobilityStaffSchedule,
  subject: MobilitySubject,
): Promise<StaffCountChange[]> {
  const ends = [subject.fromEstablishmentId, subject.toEstablishmentId];
  const fte = await listFteByCadre(executor, schedule.gstId, ends, subject.startsOn);
  const moved = movedShares(schedule, subject);
  return ends.map((establishmentId): StaffCountChange => {
    const now = fte.find((row) => row.establishmentId === establishmentId && row.cadre === schedule.cadre)?.fte ?? 0;
    return { establishmentId, cadre: schedule.cadre, fteBefore: now, fteAfter: now + moved(establishmentId) };
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
  /**
   * What the approval recorded: the counts (then the assignments exist and "before" is no longer readable) and the
   * shifts it released.
   */
  approvedOutcome: { staffCounts: StaffCountChange[]; releasedShifts: ReleasedShift[] } | null,
): Promise<MobilityImpact> {
  const approved = approvedOutcome !== null;
  const staffCountChanges = approvedOutcome?.staffCounts ?? (await mobilityStaffCounts(executor, schedule, subject));
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
    releasedShifts: approvedOutcome?.releasedShifts ?? [],
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
