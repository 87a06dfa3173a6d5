import { establishmentSchema } from '@tansiq/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const establishmentQuery = (establishmentId: string) =>
  queryOptions({
    queryKey: ['establishments', 'detail', establishmentId],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/establishments/${encodeURIComponent(establishmentId)}`, {
        schema: establishmentSchema,
        signal,
      }),
  });

/** One establishment (404 when it is outside the user's scope). */
export function useEstablishment(establishmentId: string) {
  return useQuery(establishmentQuery(establishmentId));
}
