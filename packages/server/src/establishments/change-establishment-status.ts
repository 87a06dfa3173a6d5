import {
  authorize,
  canManageRegistry,
  canViewRegistry,
  conflict,
  diffEstablishmentStates,
  type CloseEstablishmentInput,
  type Establishment,
  type EstablishmentState,
} from '@tansiq/domain';
import {
  findEstablishmentById,
  insertAuditEvent,
  toEstablishmentState,
  writeEstablishments,
  type Db,
} from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { auditEventFor } from '../audit/audit-event-for';
import { getVisibleEstablishment } from './get-visible-establishment';

type StatusChange = { kind: 'close'; input: CloseEstablishmentInput } | { kind: 'reopen'; input: { version: number } };

/**
 * Closes an establishment (with a reason and date) or reopens a closed one. Closing keeps the record and its history:
 * referrals and staff records will keep pointing to it.
 * @throws AppError not_found, forbidden, conflict (stale version, already closed / not closed).
 */
export async function changeEstablishmentStatus(
  db: Db,
  context: RequestContext,
  id: string,
  change: StatusChange,
): Promise<Establishment> {
  const current = await getVisibleEstablishment(db, context.actor, id);
  authorize({
    visible: canViewRegistry(context.actor, current.gstId),
    allowed: canManageRegistry(context.actor, { gstId: current.gstId, provinceCode: current.province.code }),
    entity: 'establishment',
    gstId: current.gstId,
  });
  if (change.input.version !== current.version) {
    throw conflict('This establishment was changed by someone else in the meantime; reload it and try again');
  }
  const before = toEstablishmentState(current);
  let after: EstablishmentState;
  if (change.kind === 'close') {
    if (current.status === 'closed') {
      throw conflict('This establishment is already closed');
    }
    after = { ...before, status: 'closed', closedOn: change.input.closedOn, closureReason: change.input.reason };
  } else {
    if (current.status !== 'closed') {
      throw conflict('This establishment is not closed');
    }
    after = { ...before, status: 'active', closedOn: null, closureReason: null };
  }
  const action = change.kind === 'close' ? 'closed' : 'reopened';
  await db.transaction(async (tx) => {
    await writeEstablishments(
      tx,
      current.gstId,
      [{ id, version: current.version + 1, state: after, action, changes: diffEstablishmentStates(before, after) }],
      context.actor.userId,
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: `establishment.${change.kind}`,
        entityType: 'establishment',
        entityId: id,
        gstId: current.gstId,
      }),
    );
  });
  return (await findEstablishmentById(db, id)) ?? current;
}
