import {
  staffImportResultSchema,
  staffMemberDetailSchema,
  staffingTableResponseSchema,
  type CreateStaffRequest,
  type LeaveInput,
  type ReplaceStaffingTableInput,
  type StaffAssignmentInput,
  type UpdateStaffMemberInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Every write refreshes the staff pages. */
function useInvalidateStaff() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['staff'] });
}

const detail = { schema: staffMemberDetailSchema };

export function useCreateStaffMember() {
  const onSuccess = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: CreateStaffRequest) => apiClient.post('/api/staff', { json: input, ...detail }),
    onSuccess,
  });
}

export function useUpdateStaffMember(id: string) {
  const onSuccess = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: UpdateStaffMemberInput) => apiClient.patch(`/api/staff/${id}`, { json: input, ...detail }),
    onSuccess,
  });
}

export function useAddStaffAssignment(id: string) {
  const onSuccess = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: StaffAssignmentInput) =>
      apiClient.post(`/api/staff/${id}/assignments`, { json: input, ...detail }),
    onSuccess,
  });
}

export function useEndStaffAssignment(id: string) {
  const onSuccess = useInvalidateStaff();
  return useMutation({
    mutationFn: ({ assignmentId, validTo }: { assignmentId: string; validTo: string }) =>
      apiClient.post(`/api/staff/${id}/assignments/${assignmentId}/end`, { json: { validTo }, ...detail }),
    onSuccess,
  });
}

export function useAddStaffLeave(id: string) {
  const onSuccess = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: LeaveInput) => apiClient.post(`/api/staff/${id}/leaves`, { json: input, ...detail }),
    onSuccess,
  });
}

export function useCancelStaffLeave(id: string) {
  const onSuccess = useInvalidateStaff();
  return useMutation({
    mutationFn: (leaveId: string) => apiClient.post(`/api/staff/${id}/leaves/${leaveId}/cancel`, detail),
    onSuccess,
  });
}

export function useReplaceStaffingTable(gstId: string) {
  const onSuccess = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: ReplaceStaffingTableInput) =>
      apiClient.request('PUT', '/api/staffing-table', {
        query: { gstId },
        json: input,
        schema: staffingTableResponseSchema,
      }),
    onSuccess,
  });
}

export function useImportStaff(gstId: string) {
  const onSuccess = useInvalidateStaff();
  return useMutation({
    mutationFn: (csv: string) =>
      apiClient.post('/api/staff/import', {
        query: { gstId },
        text: { contentType: 'text/csv', body: csv },
        schema: staffImportResultSchema,
      }),
    onSuccess,
  });
}
