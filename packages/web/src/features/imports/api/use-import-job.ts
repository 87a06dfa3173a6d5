import { importJobSchema, type ImportJob } from '@tansiq/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiClient } from '../../../lib/api-client';

const isFinished = (job: ImportJob | undefined) => job?.status === 'succeeded' || job?.status === 'failed';

/** Follows an import job every half second until it succeeds or fails; then refreshes the registry views. */
export function useImportJob(jobId: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['establishment-imports', jobId],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/establishment-imports/${encodeURIComponent(jobId ?? '')}`, {
        schema: importJobSchema,
        signal,
      }),
    enabled: jobId !== null,
    refetchInterval: (current) => (isFinished(current.state.data) ? false : 500),
  });
  const succeeded = query.data?.status === 'succeeded';
  useEffect(() => {
    if (succeeded) {
      void queryClient.invalidateQueries({ queryKey: ['establishments'] });
      void queryClient.invalidateQueries({ queryKey: ['overview'] });
    }
  }, [succeeded, queryClient]);
  return query;
}
