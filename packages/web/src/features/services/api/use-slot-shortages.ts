import { slotShortageSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** The services short of slots over the next `weeks` weeks. */
export function useSlotShortages(gstId: string, weeks: number, enabled = true) {
  return useQuery({
    queryKey: ['services', 'shortages', gstId, weeks],
    queryFn: ({ signal }) =>
      apiClient.get('/api/slot-shortages', { query: { gstId, weeks }, schema: z.array(slotShortageSchema), signal }),
    enabled,
  });
}
