import { randomUUID } from 'node:crypto';
import {
  authorize,
  canManageRegistry,
  canViewRegistry,
  conflict,
  diffEstablishmentStates,
  type CreateEstablishmentInput,
  type Establishment,
  type EstablishmentState,
} from '@tansiq/domain';
import {
  findEstablishmentByCode,
  findEstablishmentById,
  insertAuditEvent,
  writeEstablishments,
  type Db,
} from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { auditEventFor } from '../audit/audit-event-for';
import { resolveEstablishmentPlace } from './establishment-place';

/** The state a create input describes. */
export const stateFromInput = (input: CreateEstablishmentInput): EstablishmentState => ({
  ...input,
  closedOn: null,
  closureReason: null,
});

/**
 * Registers an establishment in the GST of its province, with its first history entry and an audit event.
 * @throws AppError validation_failed (place), not_found (GST out of scope), forbidden, conflict (code taken).
 */
export async function createEstablishment(
  db: Db,
  context: RequestContext,
  input: CreateEstablishmentInput,
): Promise<Establishment> {
  const gst = await resolveEstablishmentPlace(db, input);
  authorize({
    visible: canViewRegistry(context.actor, gst.id),
    allowed: canManageRegistry(context.actor, { gstId: gst.id, provinceCode: input.provinceCode }),
    entity: 'GST',
    gstId: gst.id,
  });
  if (await findEstablishmentByCode(db, gst.id, input.code)) {
    throw conflict('This code is already used', [
      { path: ['code'], message: `Code ${input.code} is already used in this GST` },
    ]);
  }
  const id = randomUUID();
  const state = stateFromInput(input);
  await db.transaction(async (tx) => {
    await writeEstablishments(
      tx,
      gst.id,
      [{ id, version: 1, state, action: 'created', changes: diffEstablishmentStates(null, state) }],
      context.actor.userId,
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'establishment.create',
        entityType: 'establishment',
        entityId: id,
        gstId: gst.id,
      }),
    );
  });
  const created = await findEstablishmentById(db, id);
  if (!created) {
    throw new Error('The establishment was not stored');
  }
  return created;
}
