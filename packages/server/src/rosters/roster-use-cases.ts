import {
  assertRosterEditAllowed,
  authorize,
  canViewRosters,
  checkRoster,
  conflict,
  unprocessable,
  type EditRosterInput,
  type MyRosterShift,
  type RosterDetail,
  type RosterSummary,
} from '@tansiq/domain';
import {
  bumpRosterVersion,
  insertAuditEvent,
  listPublishedShiftsOfUser,
  listRosters,
  setRosterShiftHolders,
  type Db,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { assignmentsOf, loadRoster, type LoadedRoster } from './load-roster';
import { presentRosterDetail, presentRosterSummary } from './roster-presenter';

const audit = (tx: Tx, context: RequestContext, action: string, loaded: LoadedRoster, details = {}) =>
  insertAuditEvent(
    tx,
    auditEventFor(context, {
      action,
      entityType: 'roster',
      entityId: loaded.roster.id,
      gstId: loaded.roster.gstId,
      details: { month: loaded.roster.month, ...details },
    }),
  );

const staleVersion = () => conflict('This roster was changed by someone else: reload it');

/** The rosters of a GST (optionally of one month). @throws AppError not_found when the actor does not work in it. */
export async function listGstRosters(
  db: Db,
  context: RequestContext,
  gstId: string,
  month: string | null,
): Promise<RosterSummary[]> {
  authorize({ visible: canViewRosters(context.actor, gstId), allowed: true, entity: 'GST', gstId });
  return (await listRosters(db, gstId, month)).map(presentRosterSummary);
}

/** A roster with its gaps and fairness; reading staff names is audited. @throws AppError not_found. */
export async function getRosterDetail(db: Db, context: RequestContext, id: string): Promise<RosterDetail> {
  return db.transaction(async (tx) => {
    const loaded = await loadRoster(tx, context, id, false);
    await audit(tx, context, 'roster.view', loaded);
    return presentRosterDetail(loaded);
  });
}

type RosterChanges = EditRosterInput['changes'];

function applyChanges(loaded: LoadedRoster, changes: RosterChanges) {
  const known = new Set(loaded.shifts.map((shift) => shift.id));
  const unknown = changes.findIndex((change) => !known.has(change.shiftId));
  if (unknown >= 0) {
    throw unprocessable('The shift is not on this roster', [
      { path: ['changes', unknown, 'shiftId'], message: 'Unknown shift', code: 'unknown_shift' },
    ]);
  }
  const holders = new Map(changes.map((change) => [change.shiftId, change.staffId]));
  const after = loaded.shifts.map((shift) => ({
    ...shift,
    staffId: holders.has(shift.id) ? (holders.get(shift.id) ?? null) : shift.staffId,
  }));
  return assignmentsOf(after);
}

/**
 * Writes a manual change of holders to a loaded roster, as every edit does: it may not break a hard rule that the
 * roster did not already break (`assertRosterEditAllowed`); the roster moves to its next version (409 when someone
 * changed it since it was loaded) and the edit is audited with `details` (e.g. the approved swap request).
 * @throws AppError conflict (stale version), unprocessable (rule broken, one issue per rule).
 */
export async function applyRosterEdit(
  tx: Tx,
  context: RequestContext,
  loaded: LoadedRoster,
  changes: RosterChanges,
  details: Record<string, unknown> = {},
): Promise<void> {
  assertRosterEditAllowed(loaded.problem, assignmentsOf(loaded.shifts), applyChanges(loaded, changes));
  await setRosterShiftHolders(tx, loaded.roster.gstId, loaded.roster.id, changes);
  if (!(await bumpRosterVersion(tx, loaded.roster, {}))) {
    throw staleVersion();
  }
  await audit(tx, context, 'roster.edit', loaded, { changes, ...details });
}

/**
 * Changes the holders of some shifts, on the version read (`applyRosterEdit`): nothing is written when a rule breaks.
 * @throws AppError not_found, forbidden, conflict (stale version), unprocessable (rule broken, one issue per rule).
 */
export async function editRoster(
  db: Db,
  context: RequestContext,
  id: string,
  input: EditRosterInput,
): Promise<RosterDetail> {
  return db.transaction(async (tx) => {
    const loaded = await loadRoster(tx, context, id, true);
    if (loaded.roster.version !== input.version) {
      throw staleVersion();
    }
    await applyRosterEdit(tx, context, loaded, input.changes);
    return presentRosterDetail(await loadRoster(tx, context, id, true));
  });
}

/**
 * Publishes a draft roster on the version read: it then shows in each person's "my shifts" and blocks their time on
 * other rosters. Gaps are allowed (they stay highlighted); broken rules are not.
 * @throws AppError not_found, forbidden, conflict (stale, already published), unprocessable (rules broken).
 */
export async function publishRoster(
  db: Db,
  context: RequestContext,
  id: string,
  input: { version: number },
): Promise<RosterDetail> {
  return db.transaction(async (tx) => {
    const loaded = await loadRoster(tx, context, id, true);
    if (loaded.roster.status === 'published') {
      throw conflict('This roster is already published');
    }
    if (loaded.roster.version !== input.version) {
      throw staleVersion();
    }
    const { violations } = checkRoster(loaded.problem, assignmentsOf(loaded.shifts));
    if (violations.length > 0) {
      throw unprocessable(
        'The roster breaks a roster rule: fix it before publishing',
        violations.map((violation) => ({
          path: ['shifts', violation.shiftId],
          message: violation.message,
          code: violation.rule,
        })),
      );
    }
    if (!(await bumpRosterVersion(tx, loaded.roster, { publishedBy: context.actor.userId }))) {
      throw staleVersion();
    }
    await audit(tx, context, 'roster.publish', loaded, { gaps: loaded.roster.gapCount });
    return presentRosterDetail(await loadRoster(tx, context, id, false));
  });
}

/** The connected person's published shifts of a month, through their staff record (`staff_members.user_id`). */
export async function listMyRosterShifts(db: Db, context: RequestContext, month: string): Promise<MyRosterShift[]> {
  return db.transaction(async (tx) => {
    const shifts = await listPublishedShiftsOfUser(tx, context.actor.userId, month);
    await insertAuditEvent(
      tx,
      auditEventFor(context, { action: 'roster.mine', entityType: 'roster', details: { month, count: shifts.length } }),
    );
    return shifts;
  });
}
