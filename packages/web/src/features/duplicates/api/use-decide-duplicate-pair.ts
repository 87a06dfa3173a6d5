import {
  duplicatePairSchema,
  markNotDuplicateInputSchema,
  mergeDuplicatePairInputSchema,
  mergeResultSchema,
  type MergeDuplicatePairInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { duplicatePairPath } from './use-duplicate-pair';

/** Merges a pair into the survivor the reviewer chose. */
export function useMergeDuplicatePair(patientAId: string, patientBId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MergeDuplicatePairInput) =>
      apiClient.post(`${duplicatePairPath(patientAId, patientBId)}/merge`, {
        json: mergeDuplicatePairInputSchema.parse(input),
        schema: mergeResultSchema,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['duplicates'] });
      await queryClient.invalidateQueries({ queryKey: ['patients'] });
    },
  });
}

/** Records that the two patients are different people. */
export function useMarkNotDuplicate(patientAId: string, patientBId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiClient.post(`${duplicatePairPath(patientAId, patientBId)}/not-duplicate`, {
        json: markNotDuplicateInputSchema.parse({ version }),
        schema: duplicatePairSchema,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['duplicates'] });
    },
  });
}
