import { serviceDirectoryPageSchema } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const serviceDirectoryPageSize = 25;

/** The directory's filters, as the page keeps them in its URL. */
export interface ServiceDirectoryFilters {
  specialtyCode?: string;
  provinceCode?: string;
  establishmentId?: string;
  q?: string;
  page: number;
}

/** One page of the GST's directory of services; keeps the previous page on screen while the next one loads. */
export function useServiceDirectory(gstId: string, filters: ServiceDirectoryFilters) {
  const query = { gstId, ...filters, pageSize: serviceDirectoryPageSize };
  return useQuery({
    queryKey: ['services', 'directory', query],
    queryFn: ({ signal }) =>
      apiClient.get('/api/service-directory', { query, schema: serviceDirectoryPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
