import { notFound, type Teleexpertise, type TeleexpertiseActorRole } from '@tansiq/domain';
import {
  findTeleconsultationReport,
  findTeleexpertiseAppointment,
  findTeleexpertiseListing,
  listAttachments,
  type Executor,
} from '@tansiq/db';
import { presentTeleexpertise } from './teleexpertise-presenter';

/**
 * Reads a request whole for an actor whose roles are already decided.
 * @throws AppError not_found
 */
export async function readTeleexpertise(
  executor: Executor,
  access: { gstId: string; id: string; roles: TeleexpertiseActorRole[] },
): Promise<Teleexpertise> {
  const listing = await findTeleexpertiseListing(executor, access.gstId, access.id);
  if (!listing) {
    throw notFound('teleexpertise');
  }
  const appointment = await findTeleexpertiseAppointment(executor, access.gstId, access.id);
  return presentTeleexpertise(listing, {
    attachments: await listAttachments(executor, access.gstId, 'teleexpertise', access.id),
    appointment,
    report: appointment ? await findTeleconsultationReport(executor, access.gstId, appointment.id) : undefined,
    roles: access.roles,
    now: new Date(),
  });
}
