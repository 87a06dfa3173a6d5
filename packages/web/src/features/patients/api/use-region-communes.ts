import { communeSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** Every commune of a region (146 in TTA), for the patient's commune picker. */
export function useRegionCommunes(regionCode: string) {
  return useQuery({
    queryKey: ['territory', 'communes', 'region', regionCode],
    queryFn: ({ signal }) =>
      apiClient.get('/api/territory/communes', { query: { regionCode }, schema: z.array(communeSchema), signal }),
    staleTime: Infinity,
  });
}
