import { pathwayMapListSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The versions of a GST's pathway maps for one specialty, newest first. */
export function usePathwayMaps(gstId: string, specialtyCode: string) {
  const query = { gstId, specialtyCode };
  return useQuery({
    queryKey: ['pathway-maps', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/pathway-maps', { query, schema: pathwayMapListSchema, signal }),
  });
}
