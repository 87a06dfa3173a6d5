import { patientImportJobSchema, type StartPatientImportInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { patientImportsQueryKey } from './use-patient-imports';

/**
 * Sends the file, its mapping and the dry-run flag in a JSON body (patient data never goes in a URL); the server
 * answers 202 with the queued job, which is then followed with `usePatientImport`.
 */
export function useStartPatientImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartPatientImportInput) =>
      apiClient.post('/api/patient-imports', { json: input, schema: patientImportJobSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientImportsQueryKey }),
  });
}
