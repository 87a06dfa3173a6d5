import { referralSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The query key of one referral; every step invalidates it. */
export const referralQueryKey = (referralId: string) => ['referrals', 'detail', referralId] as const;

/** The URL of a referral and its sub-resources. */
export const referralPath = (referralId: string): string => `/api/referrals/${encodeURIComponent(referralId)}`;

/** One referral, whole: content (masked for the desk), history, attachments and the actions allowed to this user. */
export function useReferral(referralId: string) {
  return useQuery({
    queryKey: referralQueryKey(referralId),
    queryFn: ({ signal }) => apiClient.get(referralPath(referralId), { schema: referralSchema, signal }),
  });
}
