import { referralDestinationsSchema, type ReferralUrgency } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Where a referral could go from an origin, ranked: the pathway first, then distance, slots, waits and beds. */
export function useReferralDestinations(
  originEstablishmentId: string | null,
  specialtyCode: string | null,
  urgency: ReferralUrgency,
) {
  const query = { originEstablishmentId, specialtyCode, urgency };
  return useQuery({
    queryKey: ['referrals', 'destinations', query],
    queryFn: ({ signal }) =>
      apiClient.get('/api/referral-destinations', { query, schema: referralDestinationsSchema, signal }),
    enabled: originEstablishmentId !== null && specialtyCode !== null,
  });
}
