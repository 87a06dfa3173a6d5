import {
  breakGlassAccessSchema,
  startBreakGlassInputSchema,
  type BreakGlassAccess,
  type StartBreakGlassInput,
} from '@tansiq/domain';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Starts a break-the-glass access to a patient (the page reloads the record through `onStarted`). */
export function useStartBreakGlass(patientId: string) {
  return useMutation({
    mutationFn: (input: StartBreakGlassInput): Promise<BreakGlassAccess> =>
      apiClient.post(`/api/patients/${encodeURIComponent(patientId)}/break-glass`, {
        json: startBreakGlassInputSchema.parse(input),
        schema: breakGlassAccessSchema,
      }),
  });
}
