import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { areaCollectionSchema } from './geo-schema';

/** Province and préfecture boundaries of a region (ODbL, see the About page). They never change during a session. */
export function useProvinceShapes(regionCode: string) {
  return useQuery({
    queryKey: ['geo', 'provinces', regionCode],
    queryFn: () => apiClient.get('/api/geo/provinces', { query: { regionCode }, schema: areaCollectionSchema }),
    staleTime: Infinity,
  });
}
