import { establishmentPageSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/**
 * The active establishments of the GST, for the choice of the establishment whose file is imported: all of them for
 * the GST's administrators, or only the listed ones. Asked directly rather than through the establishments feature,
 * whose barrel brings the map library into this page's download.
 */
export function useImportEstablishments(gstId: string, only: 'all' | readonly string[]) {
  const query = { gstId, status: 'active', page: 1, pageSize: 500 };
  return useQuery({
    queryKey: ['establishments', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/establishments', { query, schema: establishmentPageSchema, signal }),
    select: (page) => (only === 'all' ? page.items : page.items.filter((item) => only.includes(item.id))),
    enabled: only === 'all' || only.length > 0,
  });
}
