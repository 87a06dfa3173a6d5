import { deduplicationRunPageSchema, isDeduplicationRunActive, type DeduplicationRunPage } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const deduplicationRunsPageSize = 20;
/** While a run is queued or running, the page asks for its progress every 2 seconds. */
export const deduplicationPollMilliseconds = 2_000;

/** Polls every 2 seconds while a run of the page is queued or running, and stops once they have all ended. */
export const runsRefetchInterval = (page: DeduplicationRunPage | undefined): number | false =>
  page?.items.some(isDeduplicationRunActive) ? deduplicationPollMilliseconds : false;

/** The GST's deduplication runs, latest first, polled while one of them is under way. */
export function useDeduplicationRuns(gstId: string, page: number, enabled = true) {
  const query = { gstId, page, pageSize: deduplicationRunsPageSize };
  return useQuery({
    queryKey: ['deduplication-runs', query],
    queryFn: ({ signal }) =>
      apiClient.get('/api/deduplication-runs', { query, schema: deduplicationRunPageSchema, signal }),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: (current) => runsRefetchInterval(current.state.data),
  });
}
