import { duplicatePairPageSchema, type DuplicatePairStatus } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const duplicatePageSize = 25;

/** One page of the review queue of a GST; keeps the previous page on screen while the next one loads. */
export function useDuplicatePairs(
  gstId: string,
  filters: { status: DuplicatePairStatus; page: number },
  enabled = true,
) {
  const query = { gstId, status: filters.status, page: filters.page, pageSize: duplicatePageSize };
  return useQuery({
    queryKey: ['duplicates', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/duplicates', { query, schema: duplicatePairPageSchema, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
