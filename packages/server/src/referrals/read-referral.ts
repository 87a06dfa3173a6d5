import type { Referral } from '@tansiq/domain';
import { findReferralDetail, type Executor, type ReferralDetail } from '@tansiq/db';
import type { ReferralAccess } from './referral-access';
import { presentReferral } from './referral-presenter';

/** A referral read whole, as the API shows it to an actor with these roles. */
export const presentReferralDetail = (
  detail: ReferralDetail,
  access: Pick<ReferralAccess, 'roles' | 'clinical'>,
): Referral =>
  presentReferral(detail.listing, {
    events: detail.events,
    attachments: detail.attachments,
    roles: access.roles,
    clinical: access.clinical,
    directBooking: detail.service.directBooking,
    now: new Date(),
  });

/** Reads a referral whole for the actor (inside the caller's transaction), as the API shows it: one round trip. */
export async function readReferral(
  executor: Executor,
  access: Pick<ReferralAccess, 'roles' | 'clinical'> & { gstId: string; id: string },
): Promise<Referral> {
  const detail = await findReferralDetail(executor, access.gstId, access.id);
  if (!detail) {
    throw new Error('A referral just loaded cannot be read back');
  }
  return presentReferralDetail(detail, access);
}
