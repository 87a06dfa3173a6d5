import type { Referral } from '@tansiq/domain';
import {
  findReferralListing,
  findReferralServiceOptions,
  listAttachments,
  listReferralEvents,
  type Executor,
} from '@tansiq/db';
import type { ReferralAccess } from './referral-access';
import { presentReferral } from './referral-presenter';

/** Reads a referral whole for the actor (inside the caller's transaction), as the API shows it. */
export async function readReferral(
  executor: Executor,
  access: Pick<ReferralAccess, 'roles' | 'clinical'> & { gstId: string; id: string },
): Promise<Referral> {
  const listing = await findReferralListing(executor, access.gstId, access.id);
  if (!listing) {
    throw new Error('A referral just loaded cannot be read back');
  }
  const { record } = listing;
  const [events, attachments, service] = await Promise.all([
    listReferralEvents(executor, record.gstId, record.id),
    listAttachments(executor, record.gstId, 'referral', record.id),
    findReferralServiceOptions(executor, record.gstId, record.destinationEstablishmentId, record.specialtyCode),
  ]);
  return presentReferral(listing, {
    events,
    attachments,
    roles: access.roles,
    clinical: access.clinical,
    directBooking: service.directBooking,
    now: new Date(),
  });
}
