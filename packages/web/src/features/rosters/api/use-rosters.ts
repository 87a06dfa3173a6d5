import {
  editRosterInputSchema,
  myRosterShiftSchema,
  rosterDetailSchema,
  rosterSummarySchema,
  type RosterDetail,
} from '@tansiq/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

const rosterPath = (id: string) => `/api/rosters/${encodeURIComponent(id)}`;

/** The rosters of a month in the GST. */
export function useMonthRosters(gstId: string, month: string) {
  return useQuery({
    queryKey: ['rosters', 'month', gstId, month],
    queryFn: ({ signal }) =>
      apiClient.get('/api/rosters', { query: { gstId, month }, schema: z.array(rosterSummarySchema), signal }),
  });
}

/** One roster with its shifts, gaps and fairness. */
export function useRoster(id: string | null) {
  return useQuery({
    queryKey: ['rosters', 'detail', id],
    queryFn: ({ signal }) => apiClient.get(rosterPath(id ?? ''), { schema: rosterDetailSchema, signal }),
    enabled: id !== null,
  });
}

function useRosterMutation<Input>(mutationFn: (input: Input) => Promise<RosterDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (roster) => {
      queryClient.setQueryData(['rosters', 'detail', roster.id], roster);
      return queryClient.invalidateQueries({ queryKey: ['rosters', 'month'] });
    },
  });
}

/** Generates (or regenerates, on the version read) the roster of a month for some lines; takes a few seconds. */
export const useGenerateRoster = (gstId: string) =>
  useRosterMutation((input: { month: string; lineIds: string[]; version?: number }) =>
    apiClient.post('/api/rosters/generate', { json: { gstId, ...input }, schema: rosterDetailSchema }),
  );

/** Changes the holder of shifts; a 422 names the rule the change would break. */
export const useEditRoster = (id: string) =>
  useRosterMutation((input: { version: number; changes: { shiftId: string; staffId: string | null }[] }) =>
    apiClient.patch(rosterPath(id), { json: editRosterInputSchema.parse(input), schema: rosterDetailSchema }),
  );

/** Publishes a draft roster. */
export const usePublishRoster = (id: string) =>
  useRosterMutation((version: number) =>
    apiClient.post(`${rosterPath(id)}/publish`, { json: { version }, schema: rosterDetailSchema }),
  );

/** The connected person's published shifts of a month. */
export function useMyShifts(month: string) {
  return useQuery({
    queryKey: ['rosters', 'mine', month],
    queryFn: ({ signal }) =>
      apiClient.get('/api/rosters/mine', { query: { month }, schema: z.array(myRosterShiftSchema), signal }),
  });
}

/** The printable PDF of a roster, in a language. */
export const rosterPrintUrl = (id: string, language: string) =>
  `${rosterPath(id)}/print?language=${encodeURIComponent(language)}`;
