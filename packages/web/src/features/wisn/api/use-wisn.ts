import {
  establishmentWisnSchema,
  regionalWisnSchema,
  wisnStandardListSchema,
  wisnStandardVersionSchema,
  wisnWhatIfResponseSchema,
  wisnWorkloadFiguresSchema,
  type Cadre,
  type EstablishmentType,
  type PutWisnStandardInput,
  type PutWisnWorkloadInput,
  type WisnWhatIfInput,
} from '@tansiq/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The regional selection: a GST, a year and filters (empty strings mean "all"). */
export interface WisnFilters {
  gstId: string;
  year: number;
  provinceCode: string;
  cadre: Cadre | '';
  establishmentType: EstablishmentType | '';
}

const toQuery = ({ provinceCode, cadre, establishmentType, ...rest }: WisnFilters) => ({
  ...rest,
  ...(provinceCode ? { provinceCode } : {}),
  ...(cadre ? { cadre } : {}),
  ...(establishmentType ? { establishmentType } : {}),
});

/** WISN of the region for a year: rows, totals and the establishments with their position. */
export function useRegionalWisn(filters: WisnFilters) {
  return useQuery({
    queryKey: ['wisn', 'region', filters],
    queryFn: ({ signal }) =>
      apiClient.get('/api/wisn', { query: toQuery(filters), schema: regionalWisnSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One establishment × cadre, step by step. */
export function useEstablishmentWisn(id: string, cadre: Cadre, year: number) {
  return useQuery({
    queryKey: ['wisn', 'establishment', id, cadre, year],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/wisn/establishments/${id}`, {
        query: { cadre, year },
        schema: establishmentWisnSchema,
        signal,
      }),
  });
}

/** Every version of the GST's standards. */
export function useWisnStandards(gstId: string) {
  return useQuery({
    queryKey: ['wisn', 'standards', gstId],
    queryFn: ({ signal }) =>
      apiClient.get('/api/wisn/standards', { query: { gstId }, schema: wisnStandardListSchema, signal }),
  });
}

/** Saves a new version of a standard; the WISN results are read again afterwards. */
export function useSaveWisnStandard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PutWisnStandardInput) =>
      apiClient.request('PUT', '/api/wisn/standards', { json: input, schema: wisnStandardVersionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['wisn'] }),
  });
}

/** Runs a what-if (nothing is stored). */
export function useWisnWhatIf() {
  return useMutation({
    mutationFn: (input: WisnWhatIfInput) =>
      apiClient.post('/api/wisn/what-if', { json: input, schema: wisnWhatIfResponseSchema }),
  });
}

/** Sets entered workload figures of one establishment and year (null removes one). */
export function usePutWisnWorkload() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PutWisnWorkloadInput) =>
      apiClient.request('PUT', '/api/wisn/workload', { json: input, schema: wisnWorkloadFiguresSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['wisn'] }),
  });
}
