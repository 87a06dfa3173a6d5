import { duplicatePairComparisonSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The URL of a pair, in the order given (the server orders the ids itself). */
export const duplicatePairPath = (patientAId: string, patientBId: string): string =>
  `/api/duplicates/${encodeURIComponent(patientAId)}/${encodeURIComponent(patientBId)}`;

/** The side-by-side review of a pair. */
export function useDuplicatePair(patientAId: string, patientBId: string) {
  return useQuery({
    queryKey: ['duplicates', 'pair', patientAId, patientBId],
    queryFn: ({ signal }) =>
      apiClient.get(duplicatePairPath(patientAId, patientBId), { schema: duplicatePairComparisonSchema, signal }),
  });
}
