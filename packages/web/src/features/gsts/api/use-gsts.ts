import { gstSchema } from '@tansiq/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

export const gstsQuery = queryOptions({
  queryKey: ['gsts'],
  queryFn: () => apiClient.get('/api/gsts', { schema: z.array(gstSchema) }),
});

/** The GSTs the user works in (all twelve for national users). */
export const useGsts = () => useQuery(gstsQuery);
