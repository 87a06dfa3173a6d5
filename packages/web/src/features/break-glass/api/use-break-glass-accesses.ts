import { breakGlassReviewPageSchema } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { breakGlassReviewPageSize, type BreakGlassReviewFilters } from './break-glass-review-filters';

/** One page of the GST's break-the-glass accesses for the data-protection officer, newest first. */
export function useBreakGlassAccesses(gstId: string, filters: BreakGlassReviewFilters, enabled: boolean) {
  const query = { gstId, ...filters, pageSize: breakGlassReviewPageSize };
  return useQuery({
    queryKey: ['break-glass-accesses', query],
    queryFn: ({ signal }) =>
      apiClient.get('/api/break-glass-accesses', { query, schema: breakGlassReviewPageSchema, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
