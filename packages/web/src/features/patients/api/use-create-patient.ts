import { createPatientInputSchema, createPatientResultSchema, type CreatePatientInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { patientSearchKey } from './use-patient-search';

interface CreatePatient {
  input: CreatePatientInput;
  /** One key per form opening, reused on retries, so a retried request never creates a second patient. */
  idempotencyKey: string;
}

/** Registers a new patient at the desk's establishment (409 `possible_duplicates` when the index finds one unseen). */
export function useCreatePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: CreatePatient) =>
      apiClient.post('/api/patients', {
        json: createPatientInputSchema.parse(input),
        headers: { 'idempotency-key': idempotencyKey },
        schema: createPatientResultSchema,
      }),
    onSuccess: () => queryClient.removeQueries({ queryKey: patientSearchKey }),
  });
}
