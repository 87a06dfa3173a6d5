import { consultationSlotSchema, type ConsultationSlotView } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** A free slot of a service's consultation sessions. */
export type FreeSlot = ConsultationSlotView;

const weeksAhead = 8;

/** The free slots of a destination service over the next 8 weeks, to book a referral's appointment. */
export function useFreeSlots(establishmentId: string, specialtyCode: string, enabled = true) {
  return useQuery({
    queryKey: ['services', 'free-slots', establishmentId, specialtyCode],
    queryFn: ({ signal }) => {
      const from = new Date();
      const to = new Date(from.getTime() + weeksAhead * 7 * 86_400_000);
      const path = `/api/establishments/${encodeURIComponent(establishmentId)}/services/${encodeURIComponent(specialtyCode)}/free-slots`;
      return apiClient.get(path, {
        query: { from: from.toISOString(), to: to.toISOString(), limit: 500 },
        schema: z.array(consultationSlotSchema),
        signal,
      });
    },
    enabled,
  });
}
