import { createRosterLineInputSchema, rosterLineRecordSchema, updateRosterLineInputSchema } from '@tansiq/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** The GST's roster lines, archived ones included (the list shows them apart). */
export function useRosterLines(gstId: string) {
  return useQuery({
    queryKey: ['rosters', 'lines', gstId],
    queryFn: ({ signal }) =>
      apiClient.get('/api/roster-lines', {
        query: { gstId, includeArchived: 'true' },
        schema: z.array(rosterLineRecordSchema),
        signal,
      }),
  });
}

/** Creates a line, or replaces one's settings on the version read. */
export function useSaveRosterLine(gstId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string | null; version: number; input: Record<string, unknown> }) =>
      id === null
        ? apiClient.post('/api/roster-lines', {
            json: createRosterLineInputSchema.parse({ ...input, gstId }),
            schema: rosterLineRecordSchema,
          })
        : apiClient.request('PUT', `/api/roster-lines/${encodeURIComponent(id)}`, {
            json: updateRosterLineInputSchema.parse({ ...input, version }),
            schema: rosterLineRecordSchema,
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rosters'] }),
  });
}

/** Archives a line (its rosters stay). */
export function useArchiveRosterLine() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiClient.post(`/api/roster-lines/${encodeURIComponent(id)}/archive`, {
        json: { version, archived: true },
        schema: rosterLineRecordSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rosters'] }),
  });
}
