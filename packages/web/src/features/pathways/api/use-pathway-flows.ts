import { pathwayFlowsSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { pathwayMapPath } from './use-pathway-map';

/** The arrows of a map with the referrals of the last twelve months on each route. */
export function usePathwayFlows(id: string) {
  return useQuery({
    queryKey: ['pathway-maps', 'flows', id],
    queryFn: ({ signal }) => apiClient.get(`${pathwayMapPath(id)}/flows`, { schema: pathwayFlowsSchema, signal }),
  });
}
