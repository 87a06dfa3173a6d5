import { isPatientImportActive, patientImportJobSchema, type PatientImportJob } from '@tansiq/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiClient } from '../../../lib/api-client';
import { patientImportsQueryKey } from './use-patient-imports';

const isFinished = (job: PatientImportJob | undefined) => job !== undefined && !isPatientImportActive(job);

/** Follows an import every half second until it finishes; then refreshes the history. */
export function usePatientImport(jobId: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...patientImportsQueryKey, 'detail', jobId],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/patient-imports/${encodeURIComponent(jobId ?? '')}`, {
        schema: patientImportJobSchema,
        signal,
      }),
    enabled: jobId !== null,
    // A finished report does not change; reading it again would only add audit entries.
    staleTime: (current) => (isFinished(current.state.data) ? Infinity : 0),
    refetchOnWindowFocus: false,
    refetchInterval: (current) => (isFinished(current.state.data) ? false : 500),
  });
  const finished = isFinished(query.data);
  useEffect(() => {
    if (finished) {
      void queryClient.invalidateQueries({ queryKey: [...patientImportsQueryKey, 'list'] });
    }
  }, [finished, queryClient]);
  return query;
}
