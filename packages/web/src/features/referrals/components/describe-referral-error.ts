import { referralStatuses, type ReferralStatus } from '@tansiq/domain';
import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';

const isReferralStatus = (value: unknown): value is ReferralStatus =>
  typeof value === 'string' && (referralStatuses as readonly string[]).includes(value);

/**
 * A refused step in words. A 409 means the referral moved since it was opened: say what it is now (the server sends
 * its status with the error); the page reloads it.
 */
export function describeReferralError(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.status === 409) {
    const status = error.details.status;
    return isReferralStatus(status)
      ? t('referrals.conflict', { status: t(`referrals.status.${status}`) })
      : t('referrals.conflictReload');
  }
  if (isApiError(error) && error.status === 413) {
    return t('referrals.attachments.tooLarge');
  }
  if (isApiError(error) && error.status === 415) {
    return t('referrals.attachments.wrongType');
  }
  return describeError(error, t);
}
