import { gstHolidaySchema, replaceGstHolidaysInputSchema, type ReplaceGstHolidaysInput } from '@tansiq/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

const holidaysPath = (gstId: string) => `/api/gsts/${encodeURIComponent(gstId)}/holidays`;

/** The GST's public holidays. */
export function useGstHolidays(gstId: string) {
  return useQuery({
    queryKey: ['services', 'holidays', gstId],
    queryFn: ({ signal }) => apiClient.get(holidaysPath(gstId), { schema: z.array(gstHolidaySchema), signal }),
  });
}

/** Replaces the holidays of some years. */
export function useReplaceGstHolidays(gstId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReplaceGstHolidaysInput) =>
      apiClient.request('PUT', holidaysPath(gstId), {
        json: replaceGstHolidaysInputSchema.parse(input),
        schema: z.array(gstHolidaySchema),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['services'] }),
  });
}
