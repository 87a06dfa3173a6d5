import { provinceSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** The provinces and préfectures of a region, for pickers. */
export function useProvinces(regionCode: string) {
  return useQuery({
    queryKey: ['territory', 'provinces', regionCode],
    queryFn: () =>
      apiClient.get('/api/territory/provinces', { query: { regionCode }, schema: z.array(provinceSchema) }),
    staleTime: Infinity,
  });
}
