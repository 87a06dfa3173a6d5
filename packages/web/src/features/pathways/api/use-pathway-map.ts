import { pathwayMapSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const pathwayMapPath = (id: string): string => `/api/pathway-maps/${encodeURIComponent(id)}`;
export const pathwayMapKey = (id: string) => ['pathway-maps', 'map', id] as const;

/** One map version with its rows, its validation issues and the possible destinations; idle without an id. */
export function usePathwayMap(id: string | undefined) {
  return useQuery({
    queryKey: pathwayMapKey(id ?? ''),
    queryFn: ({ signal }) => apiClient.get(pathwayMapPath(id ?? ''), { schema: pathwayMapSchema, signal }),
    enabled: id !== undefined,
  });
}
