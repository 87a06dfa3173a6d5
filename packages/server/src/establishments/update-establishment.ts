import {
  allowedCareLevels,
  authorize,
  canEditEstablishmentDetails,
  canManageRegistry,
  canViewRegistry,
  conflict,
  diffEstablishmentStates,
  establishmentIdentityFields,
  validationFailed,
  type Establishment,
  type EstablishmentState,
  type UpdateEstablishmentInput,
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
import { resolveEstablishmentPlace } from './establishment-place';
import { getVisibleEstablishment } from './get-visible-establishment';

/**
 * Applies a change to an establishment. Establishment admins may change its details; its identity (type, level,
 * place, status) needs a registry manager. Nothing is written when nothing changed.
 * @throws AppError not_found, forbidden, validation_failed, conflict (stale version or closed establishment).
 */
export async function updateEstablishment(
  db: Db,
  context: RequestContext,
  id: string,
  input: UpdateEstablishmentInput,
): Promise<Establishment> {
  const current = await getVisibleEstablishment(db, context.actor, id);
  const { version, ...fields } = input;
  const before = toEstablishmentState(current);
  const after: EstablishmentState = { ...before, ...fields };
  const changes = diffEstablishmentStates(before, after);
  const target = { gstId: current.gstId, provinceCode: current.province.code, establishmentId: current.id };
  const touchesIdentity = changes.some((change) =>
    (establishmentIdentityFields as readonly string[]).includes(change.field),
  );
  authorize({
    visible: canViewRegistry(context.actor, current.gstId),
    allowed: touchesIdentity
      ? canManageRegistry(context.actor, target)
      : canEditEstablishmentDetails(context.actor, target),
    entity: 'establishment',
    gstId: current.gstId,
  });
  if (current.status === 'closed') {
    throw conflict('This establishment is closed; reopen it before changing it');
  }
  if (version !== current.version) {
    throw conflict('This establishment was changed by someone else in the meantime; reload it and try again');
  }
  if (changes.length === 0) {
    return current;
  }
  if (!allowedCareLevels[after.type].includes(after.level)) {
    throw validationFailed('This level does not fit the type', [
      { path: ['level'], message: `A ${after.type} cannot be at the ${after.level} level` },
    ]);
  }
  if (after.provinceCode !== before.provinceCode || after.communeCode !== before.communeCode) {
    const gst = await resolveEstablishmentPlace(db, after);
    if (gst.id !== current.gstId) {
      throw validationFailed('An establishment cannot move to another GST', [
        { path: ['provinceCode'], message: 'This province belongs to another GST' },
      ]);
    }
  }
  await db.transaction(async (tx) => {
    await writeEstablishments(
      tx,
      current.gstId,
      [{ id, version: current.version + 1, state: after, action: 'updated', changes }],
      context.actor.userId,
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'establishment.update',
        entityType: 'establishment',
        entityId: id,
        gstId: current.gstId,
        details: { fields: changes.map((change) => change.field), version: current.version + 1 },
      }),
    );
  });
  return (await findEstablishmentById(db, id)) ?? current;
}
