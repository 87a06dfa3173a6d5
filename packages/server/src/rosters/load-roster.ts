import {
  authorize,
  canManageRoster,
  canViewRosters,
  notFound,
  type RosterAssignment,
  type RosterLineRecord,
  type RosterProblem,
} from '@tansiq/domain';
import {
  findRosterById,
  findRosterLinesByIds,
  listRosterShifts,
  loadRosterProblemRows,
  toRosterProblem,
  type Executor,
  type RosterRecord,
  type RosterShiftRecord,
} from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

/** A stored roster with its lines, its shifts and the problem they pose today (staff, leave, other rosters). */
export interface LoadedRoster {
  roster: RosterRecord;
  lines: RosterLineRecord[];
  shifts: RosterShiftRecord[];
  problem: RosterProblem;
}

/** The establishments a set of lines serves. */
export const establishmentsOf = (lines: readonly RosterLineRecord[]): string[] => [
  ...new Set(lines.flatMap((line) => line.establishmentIds)),
];

/** The holders of a roster's shifts as assignments. */
export const assignmentsOf = (shifts: readonly RosterShiftRecord[]): RosterAssignment[] =>
  shifts.flatMap((shift) => (shift.staffId ? [{ shiftId: shift.id, staffId: shift.staffId }] : []));

/** The roster problem of stored lines for a month, with the given shifts or laid out from the lines' patterns. */
export async function buildStoredRosterProblem(
  executor: Executor,
  input: { gstId: string; month: string; lines: RosterLineRecord[]; excludeRosterId: string | null },
  shifts?: readonly RosterShiftRecord[],
): Promise<RosterProblem> {
  const rows = await loadRosterProblemRows(executor, { ...input, establishmentIds: establishmentsOf(input.lines) });
  const problemShifts = shifts?.map(({ id, lineId, day, dayType, startsAt, endsAt }) => ({
    id,
    lineId,
    day,
    dayType,
    startsAt,
    endsAt,
  }));
  return toRosterProblem(input.month, input.lines, rows, problemShifts);
}

/**
 * Loads a roster (load first, then authorize): 404 when the actor does not work in its GST, 403 when `manage` is asked
 * and the actor does not manage all its lines' establishments.
 * @throws AppError not_found, forbidden.
 */
export async function loadRoster(
  executor: Executor,
  context: RequestContext,
  id: string,
  manage: boolean,
): Promise<LoadedRoster> {
  const roster = await findRosterById(executor, id);
  if (!roster) {
    throw notFound('roster');
  }
  const lines = await findRosterLinesByIds(executor, roster.gstId, roster.lineIds);
  authorize({
    visible: canViewRosters(context.actor, roster.gstId),
    allowed:
      !manage || canManageRoster(context.actor, { gstId: roster.gstId, establishmentIds: establishmentsOf(lines) }),
    entity: 'roster',
    gstId: roster.gstId,
  });
  return { roster, lines, ...(await loadRosterContent(executor, roster, lines)) };
}

/**
 * The shifts of a roster found and authorized by the caller, and the problem they pose today; an approved swap loads
 * it this way, the approval being its authority.
 */
export async function loadRosterContent(
  executor: Executor,
  roster: RosterRecord,
  lines: RosterLineRecord[],
): Promise<Pick<LoadedRoster, 'shifts' | 'problem'>> {
  const shifts = await listRosterShifts(executor, roster.gstId, roster.id);
  const problem = await buildStoredRosterProblem(
    executor,
    { gstId: roster.gstId, month: roster.month, lines, excludeRosterId: roster.id },
    shifts,
  );
  return { shifts, problem };
}
