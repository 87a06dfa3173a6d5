import { userSchema } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { pageSchema } from '../../../lib/page-schema';

export const usersPageSize = 25;
const userPageSchema = pageSchema(userSchema);

/** One page of the GST's users, searched by name or username. */
export function useUsers(gstId: string, q: string, page: number) {
  const query = { gstId, q, page, pageSize: usersPageSize };
  return useQuery({
    queryKey: ['users', 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/users', { query, schema: userPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
