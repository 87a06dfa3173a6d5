import { establishmentPointSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** Every establishment of the GST as a light point, for the map. */
export function useEstablishmentPoints(gstId: string) {
  return useQuery({
    queryKey: ['establishments', 'points', gstId],
    queryFn: ({ signal }) =>
      apiClient.get('/api/establishments/points', {
        query: { gstId },
        schema: z.array(establishmentPointSchema),
        signal,
      }),
    staleTime: 60_000,
  });
}
