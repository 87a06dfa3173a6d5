import {
  conflict,
  decideTeleexpertiseAction,
  teleconsultationStateOf,
  forbidden,
  type TeleexpertiseAction,
  type TeleexpertiseActorRole,
  type TeleexpertiseRecord,
} from '@tansiq/domain';
import { findTeleexpertiseAppointment, type Executor } from '@tansiq/db';

/**
 * Applies the state machine to an action on a loaded request: 403 for a role that may never take it, 409 (with the
 * actions allowed now) when the request's state does not allow it.
 * @throws AppError forbidden, conflict
 */
export async function decideTeleexpertise(
  executor: Executor,
  record: TeleexpertiseRecord,
  action: TeleexpertiseAction,
  roles: readonly TeleexpertiseActorRole[],
): Promise<void> {
  const appointment = await findTeleexpertiseAppointment(executor, record.gstId, record.id);
  const decision = decideTeleexpertiseAction(record.status, action, roles, {
    answerKind: record.answerKind,
    teleconsultation: teleconsultationStateOf(appointment?.status),
  });
  if (decision.outcome === 'forbidden') {
    throw forbidden('Your role may not do this on this tele-expertise request', record.gstId);
  }
  if (decision.outcome === 'conflict') {
    throw conflict(`This tele-expertise request (${record.status}) does not allow this now`, [], {
      status: record.status,
      allowedActions: decision.allowedActions,
      version: record.version,
    });
  }
}
