import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** A free slot of a service's consultation sessions (the service directory's `consultationSlotSchema`). */
export const freeSlotSchema = z.object({
  scheduleId: z.uuid(),
  sessionDate: z.string(),
  slotIndex: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: z.enum(['in_person', 'teleconsultation']),
});
export type FreeSlot = z.infer<typeof freeSlotSchema>;

const weeksAhead = 8;

/** The free slots of a destination service over the next 8 weeks, to book a referral's appointment. */
export function useFreeSlots(establishmentId: string, specialtyCode: string, enabled = true) {
  return useQuery({
    queryKey: ['services', 'free-slots', establishmentId, specialtyCode],
    queryFn: ({ signal }) => {
      const from = new Date();
      const to = new Date(from.getTime() + weeksAhead * 7 * 86_400_000);
      return apiClient.get(
        `/api/establishments/${encodeURIComponent(establishmentId)}/services/${encodeURIComponent(specialtyCode)}/free-slots`,
        {
          query: { from: from.toISOString(), to: to.toISOString(), limit: 500 },
          schema: z.array(freeSlotSchema),
          signal,
        },
      );
    },
    enabled,
  });
}
