import { establishmentPageSchema } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/**
 * Primary care establishments of the GST matching a text, for the patient's reference centre (centre de
 * rattachement). Asked directly rather than through the establishments feature, whose barrel brings the map library
 * into the registration desk's download.
 */
export function usePrimaryCareEstablishments(gstId: string, text: string) {
  const query = { gstId, level: 'primary', status: 'active', q: text.trim() || undefined, page: 1, pageSize: 30 };
  return useQuery({
    queryKey: ['establishments', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/establishments', { query, schema: establishmentPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
