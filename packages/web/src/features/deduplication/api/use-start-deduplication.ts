import { deduplicationRunSchema } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Queues a deduplication of the GST's whole index; the runs list then follows it. */
export function useStartDeduplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (gstId: string) =>
      apiClient.post('/api/deduplication-runs', {
        json: { gstId, scope: 'index' },
        schema: deduplicationRunSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['deduplication-runs'] }),
  });
}
