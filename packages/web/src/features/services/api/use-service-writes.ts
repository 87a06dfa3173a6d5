import {
  bedAvailabilitySchema,
  consultationClosureSchema,
  consultationScheduleSchema,
  createClosureInputSchema,
  createScheduleInputSchema,
  directoryEntrySchema,
  updateBedsInputSchema,
  updateDirectoryEntryInputSchema,
  updateScheduleInputSchema,
  type CreateClosureInput,
  type CreateScheduleInput,
  type UpdateDirectoryEntryInput,
  type UpdateScheduleInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { servicePath } from './use-service';

/** Every write refreshes the service page and the directory lines. */
function useInvalidateServices() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['services'] });
}

/** Creates (version 0) or updates the directory entry of a service. */
export function useSaveDirectoryEntry(establishmentId: string, specialtyCode: string) {
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: (input: UpdateDirectoryEntryInput) =>
      apiClient.request('PUT', `${servicePath(establishmentId, specialtyCode)}/directory-entry`, {
        json: updateDirectoryEntryInputSchema.parse(input),
        schema: directoryEntrySchema,
      }),
    onSuccess: invalidate,
  });
}

/** Sets the beds available now. */
export function useUpdateBeds(establishmentId: string, specialtyCode: string) {
  const invalidate = useInvalidateServices();
  return useMutation({
    mutationFn: (bedsAvailable: number) =>
      apiClient.request('PUT', `${servicePath(establishmentId, specialtyCode)}/beds`, {
        json: updateBedsInputSchema.parse({ bedsAvailable }),
        schema: bedAvailabilitySchema,
      }),
    onSuccess: invalidate,
  });
}

/** Adds, changes or deletes a weekly session. */
export function useScheduleWrites() {
  const invalidate = useInvalidateServices();
  const create = useMutation({
    mutationFn: (input: CreateScheduleInput) =>
      apiClient.post('/api/consultation-schedules', {
        json: createScheduleInputSchema.parse(input),
        schema: consultationScheduleSchema,
      }),
    onSuccess: invalidate,
  });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateScheduleInput }) =>
      apiClient.request('PUT', `/api/consultation-schedules/${encodeURIComponent(id)}`, {
        json: updateScheduleInputSchema.parse(input),
        schema: consultationScheduleSchema,
      }),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiClient.send('DELETE', `/api/consultation-schedules/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
  return { create, update, remove };
}

/** Adds or removes a closure. */
export function useClosureWrites() {
  const invalidate = useInvalidateServices();
  const create = useMutation({
    mutationFn: (input: CreateClosureInput) =>
      apiClient.post('/api/consultation-closures', {
        json: createClosureInputSchema.parse(input),
        schema: consultationClosureSchema,
      }),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiClient.send('DELETE', `/api/consultation-closures/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
  return { create, remove };
}
