import { unprocessable } from '@tansiq/domain';
import {
  findEstablishmentById,
  findReferralServiceOptions,
  findServiceDirectoryEntry,
  type Executor,
} from '@tansiq/db';

/** The regional pools: a CHU or CHR answers tele-expertise in every specialty it offers (issue #4 §6). */
const regionalPoolTypes = ['CHU', 'CHR'];

/**
 * Checks where a tele-expertise request may go: an active establishment of the GST, not the origin, that offers the
 * specialty, and either says so in the directory of services (`offersTeleexpertise`) or is a regional pool.
 * @throws AppError unprocessable (on `destinationEstablishmentId`)
 */
export async function checkTeleexpertiseDestination(
  executor: Executor,
  request: { gstId: string; originEstablishmentId: string; specialtyCode: string },
  destinationEstablishmentId: string,
): Promise<void> {
  const refuse = (message: string): never => {
    throw unprocessable(message, [{ path: ['destinationEstablishmentId'], message, code: 'destination' }]);
  };
  const destination = await findEstablishmentById(executor, destinationEstablishmentId);
  if (!destination || destination.gstId !== request.gstId || destination.status !== 'active') {
    return refuse('The destination is not an active establishment of this GST');
  }
  if (destination.id === request.originEstablishmentId) {
    return refuse('Tele-expertise is asked of another establishment');
  }
  const service = await findReferralServiceOptions(executor, request.gstId, destination.id, request.specialtyCode);
  if (!service.offersSpecialty) {
    return refuse('The destination does not offer this specialty');
  }
  const entry = await findServiceDirectoryEntry(executor, request.gstId, destination.id, request.specialtyCode);
  if (!entry?.offersTeleexpertise && !regionalPoolTypes.includes(destination.type)) {
    return refuse('This service does not answer tele-expertise');
  }
}
