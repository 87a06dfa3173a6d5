import {
  outOfScope,
  notFound,
  teleexpertiseActorRoles,
  type Actor,
  type TeleexpertiseAccessTarget,
  type TeleexpertiseActorRole,
  type TeleexpertiseRecord,
} from '@tansiq/domain';
import { findTeleexpertiseRecord, findTeleexpertiseRecordForUpdate, type Executor } from '@tansiq/db';

/** A request loaded for an access decision, with the actor's clinical roles at each end. */
export interface TeleexpertiseAccess {
  record: TeleexpertiseRecord;
  target: TeleexpertiseAccessTarget;
  roles: TeleexpertiseActorRole[];
}

/**
 * Loads a tele-expertise request and the actor's standing on it (load first, then authorize): anyone but a clinician
 * at its origin or destination gets 404, audited as a denial. With `forUpdate`, the row is locked for the write.
 * @throws AppError not_found
 */
export async function loadTeleexpertiseAccess(
  executor: Executor,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<TeleexpertiseAccess> {
  const found = await findTeleexpertiseRecord(executor, id);
  const record = found && options.forUpdate ? await findTeleexpertiseRecordForUpdate(executor, found.gstId, id) : found;
  if (!record) {
    throw notFound('teleexpertise');
  }
  const target = {
    gstId: record.gstId,
    originEstablishmentId: record.originEstablishmentId,
    destinationEstablishmentId: record.destinationEstablishmentId,
  };
  const roles = teleexpertiseActorRoles(actor, target);
  if (roles.length === 0) {
    throw outOfScope('teleexpertise', record.gstId);
  }
  return { record, target, roles };
}
