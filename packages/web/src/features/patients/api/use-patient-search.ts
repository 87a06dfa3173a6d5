import { patientSearchResultSchema, type PatientSearchInput } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every search of the index, to refresh them after a registration. */
export const patientSearchKey = ['patients', 'search'] as const;

/**
 * Live search-before-create. The criteria travel in a POST body, never in the URL. The previous candidates stay on
 * screen while the next answer loads, and a search overtaken by newer typing is aborted (its signal is consumed).
 * Answers are not kept: each search is audited, and the index changes as other desks register patients.
 */
export function usePatientSearch(input: PatientSearchInput | undefined) {
  return useQuery({
    queryKey: [...patientSearchKey, input],
    queryFn: ({ signal }) =>
      apiClient.post('/api/patients/search', { json: input, schema: patientSearchResultSchema, signal }),
    enabled: input !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 60_000,
  });
}
