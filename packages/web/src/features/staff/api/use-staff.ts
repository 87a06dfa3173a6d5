import {
  staffMemberChangeSchema,
  staffMemberDetailSchema,
  staffPageSchema,
  staffingTableResponseSchema,
  type Cadre,
  type EmploymentStatus,
} from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

export const staffPageSize = 25;

/** The staff list's filters, as the page keeps them in its URL. */
export interface StaffFilters {
  q?: string;
  cadre?: Cadre;
  employmentStatus?: EmploymentStatus;
  establishmentId?: string;
  page: number;
}

/** A page of the GST's staff (directory lines for colleagues, full lines for HR). */
export function useStaffList(gstId: string, filters: StaffFilters) {
  const query = { gstId, ...filters, pageSize: staffPageSize };
  return useQuery({
    queryKey: ['staff', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/staff', { query, schema: staffPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A staff member's page; `id` 'me' reads the signed-in user's own record. */
export function useStaffMember(gstId: string, id: string) {
  return useQuery({
    queryKey: ['staff', 'member', id],
    queryFn: ({ signal }) =>
      id === 'me'
        ? apiClient.get('/api/staff/me', { query: { gstId }, schema: staffMemberDetailSchema, signal })
        : apiClient.get(`/api/staff/${id}`, { schema: staffMemberDetailSchema, signal }),
    retry: false,
  });
}

/** The history of a staff record (full viewers only). */
export function useStaffHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['staff', 'history', id],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/staff/${id}/history`, { schema: z.array(staffMemberChangeSchema), signal }),
    enabled,
  });
}

/** The staffing table of the GST, or of one establishment. */
export function useStaffingTable(gstId: string, establishmentId?: string) {
  return useQuery({
    queryKey: ['staff', 'staffing-table', gstId, establishmentId ?? null],
    queryFn: ({ signal }) =>
      apiClient.get('/api/staffing-table', {
        query: { gstId, establishmentId },
        schema: staffingTableResponseSchema,
        signal,
      }),
  });
}
