import {
  serviceDirectoryPageSchema,
  teleconsultationSlotSchema,
  teleexpertisePageSchema,
  teleexpertiseSchema,
  type TeleexpertiseWorklist,
} from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

export const teleexpertisePageSize = 25;

/** One page of an establishment's tele-expertise worklist. */
export function useTeleexpertiseList(establishmentId: string | null, worklist: TeleexpertiseWorklist, page: number) {
  const query = { establishmentId: establishmentId ?? '', worklist, page, pageSize: teleexpertisePageSize };
  return useQuery({
    queryKey: ['teleexpertise', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/teleexpertise', { query, schema: teleexpertisePageSchema, signal }),
    enabled: establishmentId !== null,
    placeholderData: keepPreviousData,
  });
}

export const teleexpertiseQueryKey = (id: string) => ['teleexpertise', 'detail', id] as const;

/** A request opened whole. */
export function useTeleexpertise(id: string) {
  return useQuery({
    queryKey: teleexpertiseQueryKey(id),
    queryFn: ({ signal }) => apiClient.get(`/api/teleexpertise/${id}`, { schema: teleexpertiseSchema, signal }),
  });
}

/** The free teleconsultation slots of a request's destination service (once a teleconsultation was proposed). */
export function useTeleconsultationSlots(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['teleexpertise', 'slots', id],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/teleexpertise/${id}/teleconsultation-slots`, {
        schema: z.array(teleconsultationSlotSchema),
        signal,
      }),
    enabled,
  });
}

/** The CHU and CHR (regional pools) answer tele-expertise in every specialty they offer. */
const regionalPoolTypes: readonly string[] = ['CHU', 'CHR'];

/**
 * Where a question in a specialty may go: the services of the GST's directory that answer tele-expertise, and the
 * regional pools, the origin excepted.
 */
export function useTeleexpertiseDestinations(gstId: string, specialtyCode: string | null, originId: string | null) {
  const query = { gstId, specialtyCode: specialtyCode ?? '', page: 1, pageSize: 100 };
  return useQuery({
    queryKey: ['services', 'directory', query],
    queryFn: ({ signal }) =>
      apiClient.get('/api/service-directory', { query, schema: serviceDirectoryPageSchema, signal }),
    enabled: specialtyCode !== null,
    select: (page) =>
      page.items.filter(
        (item) =>
          item.establishment.id !== originId &&
          (item.entry.offersTeleexpertise || regionalPoolTypes.includes(item.establishment.type)),
      ),
  });
}
