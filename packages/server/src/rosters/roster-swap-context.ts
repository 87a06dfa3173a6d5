import { notFound, rosterSwapOrigin, type Actor, type RosterLineRecord, type RosterSwapShift } from '@tansiq/domain';
import {
  findRosterById,
  findRosterLinesByIds,
  findStaffMemberById,
  findStaffMemberByUserId,
  listStaffAssignments,
  type Executor,
  type RosterShiftRecord,
} from '@tansiq/db';
import { loadRosterContent, type LoadedRoster } from './load-roster';

/**
 * A roster of a GST with its shifts and problem, for a swap: the caller authorizes (the swap's parties, or the
 * approval itself).
 * @throws AppError not_found when the roster is not in the GST.
 */
export async function loadSwapRoster(executor: Executor, gstId: string, rosterId: string): Promise<LoadedRoster> {
  const roster = await findRosterById(executor, rosterId);
  if (roster?.gstId !== gstId) {
    throw notFound('roster');
  }
  const lines = await findRosterLinesByIds(executor, roster.gstId, roster.lineIds);
  return { roster, lines, ...(await loadRosterContent(executor, roster, lines)) };
}

/** A shift of a loaded roster. @throws AppError not_found */
export function getRosterShift(loaded: LoadedRoster, shiftId: string): RosterShiftRecord {
  const shift = loaded.shifts.find((candidate) => candidate.id === shiftId);
  if (!shift) {
    throw notFound('shift');
  }
  return shift;
}

const lineOf = (loaded: LoadedRoster, shift: RosterShiftRecord): RosterLineRecord | undefined =>
  loaded.lines.find((line) => line.id === shift.lineId);

/** A shift as the swap screens show it: its line, day and times. */
export const presentSwapShift = (loaded: LoadedRoster, shift: RosterShiftRecord): RosterSwapShift => {
  const line = lineOf(loaded, shift);
  return {
    shiftId: shift.id,
    lineName: line?.name ?? '',
    kind: line?.kind ?? 'garde',
    day: shift.day,
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
  };
};

/** A staff member's name as the roster shows it (the candidates'), or from the registry for someone no longer on it. */
export async function swapStaffName(executor: Executor, loaded: LoadedRoster, staffId: string): Promise<string> {
  const candidate = loaded.problem.candidates.find((person) => person.staffId === staffId);
  if (candidate) {
    return candidate.name;
  }
  const member = await findStaffMemberById(executor, staffId);
  const latin = [member?.givenNameLatin, member?.familyNameLatin].filter((part) => part).join(' ');
  return latin || (member?.staffId ?? staffId);
}

/** The staff record linked to the actor's account in the GST, if any. */
export async function actorStaffId(executor: Executor, actor: Actor, gstId: string): Promise<string | null> {
  return (await findStaffMemberByUserId(executor, gstId, actor.userId))?.id ?? null;
}

/**
 * Where a swap is placed (its approver's establishment): the line's establishment where the holder works on the
 * shift's day, or the line's first.
 */
export async function swapOriginEstablishment(
  executor: Executor,
  loaded: LoadedRoster,
  shift: RosterShiftRecord,
  holderId: string,
): Promise<string> {
  const assignments = await listStaffAssignments(executor, loaded.roster.gstId, holderId);
  const worksAt = assignments
    .filter((a) => a.validFrom <= shift.day && (a.validTo === null || a.validTo >= shift.day))
    .map((a) => a.establishmentId);
  const origin = rosterSwapOrigin(lineOf(loaded, shift)?.establishmentIds ?? [], worksAt);
  if (!origin) {
    throw notFound('roster line');
  }
  return origin;
}
