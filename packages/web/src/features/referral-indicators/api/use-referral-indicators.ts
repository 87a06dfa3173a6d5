import {
  overdueReferralPageSchema,
  referralFlowsSchema,
  referralIndicatorsSchema,
  type IndicatorGrouping,
  type IndicatorSide,
} from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The dashboard's selection: a GST, a period and the filters (empty strings mean "all"). */
export interface IndicatorFilters {
  gstId: string;
  from: string;
  to: string;
  side: IndicatorSide;
  specialtyCode: string;
  provinceCode: string;
  establishmentId: string;
}

/** The filters without the period, as query parameters (empty ones left out). */
const filterQuery = ({ gstId, side, specialtyCode, provinceCode, establishmentId }: IndicatorFilters) => ({
  gstId,
  side,
  ...(specialtyCode ? { specialtyCode } : {}),
  ...(provinceCode ? { provinceCode } : {}),
  ...(establishmentId ? { establishmentId } : {}),
});

const toQuery = (filters: IndicatorFilters) => ({ ...filterQuery(filters), from: filters.from, to: filters.to });

/** Referral indicators of the selection, per group. */
export function useReferralIndicators(filters: IndicatorFilters, groupBy: IndicatorGrouping) {
  return useQuery({
    queryKey: ['referral-indicators', filters, groupBy],
    queryFn: ({ signal }) =>
      apiClient.get('/api/referral-indicators', {
        query: { ...toQuery(filters), groupBy },
        schema: referralIndicatorsSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The flow map's routes of the selection. */
export function useReferralFlows(filters: IndicatorFilters) {
  return useQuery({
    queryKey: ['referral-indicators', 'flows', filters],
    queryFn: ({ signal }) =>
      apiClient.get('/api/referral-indicators/flows', { query: toQuery(filters), schema: referralFlowsSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Overdue referrals are listed by pages of this size. */
export const overduePageSize = 10;

/** One page of the selection's referrals overdue now (the period does not apply: what is late is late today). */
export function useOverdueReferrals(filters: IndicatorFilters, page: number) {
  const rest = filterQuery(filters);
  return useQuery({
    queryKey: ['referral-indicators', 'overdue', rest, page],
    queryFn: ({ signal }) =>
      apiClient.get('/api/referral-indicators/overdue', {
        query: { ...rest, page, pageSize: overduePageSize },
        schema: overdueReferralPageSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
