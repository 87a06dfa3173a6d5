import {
  incentiveComputationResultSchema,
  incentiveRuleSetListSchema,
  incentiveRuleSetVersionSchema,
  incentiveStatementDetailSchema,
  incentiveStatementPageSchema,
  incentiveStatementSummarySchema,
  type ComputeIncentiveStatementsInput,
  type IncentiveStatementStatus,
  type PutIncentiveRulesInput,
} from '@tansiq/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient, toSearchParams } from '../../../lib/api-client';

/** The statements list selection (empty strings mean "all"). */
export interface IncentiveStatementFilters {
  gstId: string;
  month: string;
  establishmentId: string;
  status: IncentiveStatementStatus | '';
  q: string;
  page: number;
}

/** Every version of the GST's rules, newest first. */
export function useIncentiveRules(gstId: string) {
  return useQuery({
    queryKey: ['incentives', 'rules', gstId],
    queryFn: ({ signal }) =>
      apiClient.get('/api/incentive-rules', { query: { gstId }, schema: incentiveRuleSetListSchema, signal }),
  });
}

/** Saves the next version of the rules. */
export function useSaveIncentiveRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PutIncentiveRulesInput) =>
      apiClient.request('PUT', '/api/incentive-rules', { json: input, schema: incentiveRuleSetVersionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['incentives', 'rules'] }),
  });
}

/** Computes (or recomputes) a month's statements; the lists are read again afterwards. */
export function useComputeIncentiveStatements() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ComputeIncentiveStatementsInput) =>
      apiClient.post('/api/incentive-statements/compute', { json: input, schema: incentiveComputationResultSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['incentives', 'statements'] }),
  });
}

/** A page of a month's statements, with totals. */
export function useIncentiveStatements({ establishmentId, status, q, ...rest }: IncentiveStatementFilters) {
  const query = {
    ...rest,
    pageSize: 25,
    ...(establishmentId ? { establishmentId } : {}),
    ...(status ? { status } : {}),
    ...(q ? { q } : {}),
  };
  return useQuery({
    queryKey: ['incentives', 'statements', 'list', query],
    queryFn: ({ signal }) =>
      apiClient.get('/api/incentive-statements', { query, schema: incentiveStatementPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One statement with its lines and the activities each pays. */
export function useIncentiveStatement(id: string | null) {
  return useQuery({
    queryKey: ['incentives', 'statements', 'detail', id],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/incentive-statements/${id ?? ''}`, { schema: incentiveStatementDetailSchema, signal }),
    enabled: id !== null,
  });
}

/** Validates a statement at the version read. */
export function useValidateIncentiveStatement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiClient.post(`/api/incentive-statements/${id}/validate`, {
        json: { version },
        schema: incentiveStatementDetailSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['incentives', 'statements'] }),
  });
}

/** The signed-in person's own statements. */
export function useMyIncentiveStatements(gstId: string) {
  return useQuery({
    queryKey: ['incentives', 'statements', 'mine', gstId],
    queryFn: ({ signal }) =>
      apiClient.get('/api/incentive-statements/mine', {
        query: { gstId },
        schema: z.array(incentiveStatementSummarySchema),
        signal,
      }),
  });
}

/** The payroll CSV of a month (a plain link: the browser downloads it with the session cookie). */
export const incentiveExportUrl = (gstId: string, month: string): string =>
  `/api/incentive-statements/export.csv?${toSearchParams({ gstId, month }).toString()}`;
