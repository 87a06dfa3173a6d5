import { establishmentChangeSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** Who changed what, newest first; only asked for when the policy lets the user see it. */
export function useEstablishmentHistory(establishmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['establishments', 'detail', establishmentId, 'history'],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/establishments/${encodeURIComponent(establishmentId)}/history`, {
        schema: z.array(establishmentChangeSchema),
        signal,
      }),
    enabled,
  });
}
