import { referralPageSchema, type ReferralUrgency, type ReferralWorklist } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const referralPageSize = 25;

/** The filters of one worklist page. */
export interface ReferralWorklistQuery {
  establishmentId: string;
  worklist: ReferralWorklist;
  specialtyCode?: string | undefined;
  urgency?: ReferralUrgency | undefined;
  page: number;
}

/** One page of an establishment's worklist; keeps the previous page on screen while the next one loads. */
export function useReferralWorklist(filters: ReferralWorklistQuery, enabled = true) {
  const query = { ...filters, pageSize: referralPageSize };
  return useQuery({
    queryKey: ['referrals', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/referrals', { query, schema: referralPageSchema, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
