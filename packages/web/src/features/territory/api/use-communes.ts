import { communeSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** The communes of a province, for the commune picker; nothing is loaded until a province is chosen. */
export function useCommunes(provinceCode: string | null) {
  return useQuery({
    queryKey: ['territory', 'communes', provinceCode],
    queryFn: () =>
      apiClient.get('/api/territory/communes', { query: { provinceCode }, schema: z.array(communeSchema) }),
    enabled: provinceCode !== null && provinceCode !== '',
    staleTime: Infinity,
  });
}
