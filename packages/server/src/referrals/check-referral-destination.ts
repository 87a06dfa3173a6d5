import { unprocessable, type FieldIssue } from '@tansiq/domain';
import {
  findEstablishmentById,
  findPathwayInForce,
  findReferralServiceOptions,
  type Executor,
  type ReferralServiceOptions,
} from '@tansiq/db';

/** Where a referral may go, and how it sits in the pathway of its origin. */
export interface CheckedDestination {
  service: ReferralServiceOptions;
  pathway: { mapId: string; rank: number | null; returnEstablishmentId: string | null } | null;
}

/**
 * Checks a destination for a referral: an active establishment of the GST, not the origin, offering the specialty and
 * taking referrals for it; and finds its rank in the pathway map in force from the origin (null: off the pathway).
 * @throws AppError unprocessable (422) with the field path of the destination.
 */
export async function checkReferralDestination(
  executor: Executor,
  referral: { gstId: string; originEstablishmentId: string; specialtyCode: string },
  destinationEstablishmentId: string,
  day: string,
  path: string = 'destinationEstablishmentId',
): Promise<CheckedDestination> {
  const refuse = (message: string): never => {
    const issue: FieldIssue = { path: [path], message, code: 'destination' };
    throw unprocessable(message, [issue]);
  };
  const destination = await findEstablishmentById(executor, destinationEstablishmentId);
  if (!destination || destination.gstId !== referral.gstId) {
    return refuse('The destination is not an establishment of this GST');
  }
  if (destination.status !== 'active') {
    return refuse('The destination establishment is not active');
  }
  if (destination.id === referral.originEstablishmentId) {
    return refuse('A referral goes to another establishment');
  }
  const service = await findReferralServiceOptions(
    executor,
    referral.gstId,
    destinationEstablishmentId,
    referral.specialtyCode,
  );
  if (!service.offersSpecialty) {
    return refuse('The destination does not offer this specialty');
  }
  if (!service.acceptsReferrals) {
    return refuse('This service of the destination does not take referrals');
  }
  const inForce = await findPathwayInForce(
    executor,
    referral.gstId,
    referral.specialtyCode,
    referral.originEstablishmentId,
    day,
  );
  const rank =
    inForce?.destinations.find((candidate) => candidate.establishmentId === destinationEstablishmentId)?.rank ?? null;
  return {
    service,
    pathway: inForce
      ? { mapId: inForce.mapId, rank, returnEstablishmentId: inForce.origin.returnEstablishmentId }
      : null,
  };
}
