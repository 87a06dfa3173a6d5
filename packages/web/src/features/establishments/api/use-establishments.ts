import { establishmentPageSchema } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { establishmentPageSize, type EstablishmentFilters } from './establishment-filters';

/** One page of the establishment registry; keeps the previous page on screen while the next one loads. */
export function useEstablishments(gstId: string, filters: EstablishmentFilters) {
  const query = { gstId, ...filters, pageSize: establishmentPageSize };
  return useQuery({
    queryKey: ['establishments', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/establishments', { query, schema: establishmentPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
