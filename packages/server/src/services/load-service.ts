import {
  authorize,
  canManageServiceDirectory,
  canViewServiceDirectory,
  notFound,
  outOfScope,
  type Actor,
} from '@tansiq/domain';
import { findEstablishmentById, findService, type Executor, type ServiceRecord } from '@tansiq/db';

/**
 * A hospital service the actor may see: its establishment in a GST they work in, offering the specialty.
 * @throws AppError not_found when the establishment or the service does not exist, or lies outside the actor's GSTs.
 */
export async function loadVisibleService(
  executor: Executor,
  actor: Actor,
  establishmentId: string,
  specialtyCode: string,
): Promise<ServiceRecord> {
  const establishment = await findEstablishmentById(executor, establishmentId);
  if (!establishment) {
    throw notFound('establishment');
  }
  if (!canViewServiceDirectory(actor, establishment.gstId)) {
    throw outOfScope('establishment', establishment.gstId);
  }
  const service = await findService(executor, establishment.gstId, establishmentId, specialtyCode);
  if (!service) {
    throw notFound('service');
  }
  return service;
}

/**
 * Loads a service and checks the actor may manage it (entry, sessions, closures); returns its GST.
 * @throws AppError not_found (no such service, out of scope), forbidden.
 */
export async function authorizeServiceManagement(
  executor: Executor,
  actor: Actor,
  establishmentId: string,
  specialtyCode: string,
): Promise<string> {
  const service = await loadVisibleService(executor, actor, establishmentId, specialtyCode);
  const gstId = service.entry.gstId;
  authorize({
    visible: true,
    allowed: canManageServiceDirectory(actor, { gstId, establishmentId }),
    entity: 'service',
    gstId,
  });
  return gstId;
}
