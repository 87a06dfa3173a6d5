import { encounterPageSchema } from '@tansiq/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const encounterPageSize = 20;

/** The query key of a patient's timeline, to refresh it after a change. */
export const patientEncountersKey = (patientId: string) => ['encounters', patientId] as const;

/** A patient's timeline, newest first, one page more at each "show more". */
export function usePatientEncounters(patientId: string) {
  return useInfiniteQuery({
    queryKey: patientEncountersKey(patientId),
    queryFn: ({ pageParam, signal }) =>
      apiClient.get(`/api/patients/${encodeURIComponent(patientId)}/encounters`, {
        query: { page: pageParam, pageSize: encounterPageSize },
        schema: encounterPageSchema,
        signal,
      }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    // Each display is an audited opening of the record, and clinical detail should not outlive the page in memory
    // (an exceptional access may have ended meanwhile): read afresh on every mount, forget on unmount.
    staleTime: 0,
    gcTime: 0,
  });
}
