import { importJobSchema } from '@tansiq/domain';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

interface StartImport {
  gstId: string;
  fileName: string;
  csv: string;
}

/** Sends the CSV as-is; the server answers 202 with a queued job, checked and written in the background. */
export function useStartImport() {
  return useMutation({
    mutationFn: ({ gstId, fileName, csv }: StartImport) =>
      apiClient.post('/api/establishment-imports', {
        query: { gstId, fileName },
        text: { body: csv, contentType: 'text/csv' },
        schema: importJobSchema,
      }),
  });
}
