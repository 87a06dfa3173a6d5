import { serviceDetailSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The API path of a service (an establishment's specialty). */
export const servicePath = (establishmentId: string, specialtyCode: string) =>
  `/api/establishments/${encodeURIComponent(establishmentId)}/services/${encodeURIComponent(specialtyCode)}`;

export const serviceQueryKey = (establishmentId: string, specialtyCode: string) =>
  ['services', 'detail', establishmentId, specialtyCode] as const;

/** A service with its entry, beds, weekly sessions, closures and the next four weeks of sessions. */
export function useService(establishmentId: string, specialtyCode: string) {
  return useQuery({
    queryKey: serviceQueryKey(establishmentId, specialtyCode),
    queryFn: ({ signal }) =>
      apiClient.get(servicePath(establishmentId, specialtyCode), { schema: serviceDetailSchema, signal }),
  });
}
