import { conflict, decideReferralAction, forbidden, type ReferralAction, type ReferralStatus } from '@tansiq/domain';
import type { ReferralAccess } from './referral-access';

/**
 * Lets a step of a referral through the state machine, or throws: 403 for a role that may never take it, 409 with the
 * current status and the actions allowed now, 409 for a stale version. Returns the status the step leads to.
 * @throws AppError forbidden, conflict
 */
export function authorizeReferralStep(
  access: Pick<ReferralAccess, 'record' | 'roles' | 'service'>,
  action: ReferralAction,
  version: number,
): ReferralStatus {
  const { record, roles, service } = access;
  const decision = decideReferralAction(record.status, action, roles, {
    urgency: record.urgency,
    directBooking: service.directBooking,
  });
  if (decision.outcome === 'forbidden') {
    throw forbidden('Your role may not take this step of the referral', record.gstId);
  }
  if (decision.outcome === 'conflict') {
    throw conflict(`A referral in status "${record.status}" does not allow "${action}"`, [], {
      status: record.status,
      allowedActions: decision.allowedActions,
      version: record.version,
    });
  }
  if (version !== record.version) {
    throw conflict('The referral changed since you opened it; reload it', [], {
      status: record.status,
      version: record.version,
    });
  }
  return decision.to;
}
