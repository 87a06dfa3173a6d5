import {
  markNotificationsReadInputSchema,
  notificationPageSchema,
  type MarkNotificationsReadInput,
} from '@tansiq/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const notificationsKey = ['notifications'] as const;

/** The latest notifications and the unread count; polled every 30 s and on window focus. */
export function useNotifications(pageSize = 10) {
  const query = { page: 1, pageSize };
  return useQuery({
    queryKey: [...notificationsKey, query],
    queryFn: ({ signal }) => apiClient.get('/api/notifications', { query, schema: notificationPageSchema, signal }),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}

/** Marks some notifications (or all) read. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarkNotificationsReadInput) =>
      apiClient.send('POST', '/api/notifications/read', { json: markNotificationsReadInputSchema.parse(input) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
  });
}
