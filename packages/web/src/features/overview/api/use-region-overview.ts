import { regionOverviewSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The GST's steering figures: region totals, one row per province, counts by type. */
export function useRegionOverview(gstId: string) {
  return useQuery({
    queryKey: ['overview', gstId],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/gsts/${encodeURIComponent(gstId)}/overview`, { schema: regionOverviewSchema, signal }),
  });
}
