import {
  authorize,
  canManageRoster,
  listRosterSwapOptions,
  unprocessable,
  type RosterSwapOptions,
} from '@tansiq/domain';
import { insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { assignmentsOf, establishmentsOf, loadRoster } from './load-roster';
import {
  actorStaffId,
  getRosterShift,
  presentSwapShift,
  swapOriginEstablishment,
  swapStaffName,
} from './roster-swap-context';

/**
 * What the swap form offers for a shift of a published roster: the colleagues who could take it without breaking a
 * rule (names and cadre only) and, for each, the shifts of theirs the holder could take in exchange. For the holder
 * and the roster's managers; reading names is audited.
 * @throws AppError not_found (roster outside the GST, unknown shift), forbidden, unprocessable (draft, gap, started)
 */
export async function listRosterSwapOptionsOf(
  db: Db,
  context: RequestContext,
  rosterId: string,
  shiftId: string,
): Promise<RosterSwapOptions> {
  return db.transaction(async (tx) => {
    const loaded = await loadRoster(tx, context, rosterId, false);
    const { gstId } = loaded.roster;
    const shift = getRosterShift(loaded, shiftId);
    const holderId = shift.staffId;
    const isHolder = holderId !== null && holderId === (await actorStaffId(tx, context.actor, gstId));
    const manages = canManageRoster(context.actor, { gstId, establishmentIds: establishmentsOf(loaded.lines) });
    authorize({ visible: true, allowed: isHolder || manages, entity: 'roster', gstId });
    if (holderId === null || loaded.roster.status !== 'published' || Date.parse(shift.startsAt) <= Date.now()) {
      throw unprocessable('Only a held shift of a published roster that has not started is swapped');
    }
    const assignments = assignmentsOf(loaded.shifts);
    const options = listRosterSwapOptions(loaded.problem, assignments, { shiftId, holderId, notBefore: Date.now() });
    const shifts = new Map(loaded.shifts.map((candidate) => [candidate.id, candidate]));
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'roster.swap_options',
        entityType: 'roster',
        entityId: rosterId,
        gstId,
        details: { shiftId, colleagues: options.length },
      }),
    );
    return {
      rosterId,
      originEstablishmentId: await swapOriginEstablishment(tx, loaded, shift, holderId),
      shift: presentSwapShift(loaded, shift),
      holder: { staffId: holderId, name: await swapStaffName(tx, loaded, holderId) },
      colleagues: options.map(({ staffId, name, cadre, replacement, exchangeShiftIds }) => ({
        staffId,
        name,
        cadre,
        replacement,
        exchangeShifts: exchangeShiftIds.flatMap((id) => {
          const exchange = shifts.get(id);
          return exchange ? [presentSwapShift(loaded, exchange)] : [];
        }),
      })),
    };
  });
}
