import { patientMergeSchema, unmergeInputSchema, unmergeResultSchema } from '@tansiq/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** The merges into a golden record (identity managers only). */
export function usePatientMerges(patientId: string, enabled = true) {
  return useQuery({
    queryKey: ['patients', 'detail', patientId, 'merges'],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/patients/${encodeURIComponent(patientId)}/merges`, {
        schema: z.array(patientMergeSchema),
        signal,
      }),
    enabled,
  });
}

/** Undoes a merge; `requeue` sends the pair back to the queue instead of remembering two people. */
export function useUnmerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ mergeId, requeue = false }: { mergeId: string; requeue?: boolean }) =>
      apiClient.post(`/api/patient-merges/${encodeURIComponent(mergeId)}/unmerge`, {
        json: unmergeInputSchema.parse({ requeue }),
        schema: unmergeResultSchema,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['duplicates'] });
      await queryClient.invalidateQueries({ queryKey: ['patients'] });
    },
  });
}
