import {
  createPathwayDraftInputSchema,
  pathwayMapSchema,
  updatePathwayOriginInputSchema,
  type CreatePathwayDraftInput,
  type PathwayMap,
  type PublishPathwayMapInput,
  type UpdatePathwayOriginInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { pathwayMapKey, pathwayMapPath } from './use-pathway-map';

/** Keeps the answered map in the cache and refreshes the lists of versions. */
function useStoreMap() {
  const queryClient = useQueryClient();
  return async (map: PathwayMap) => {
    queryClient.setQueryData(pathwayMapKey(map.id), map);
    await queryClient.invalidateQueries({ queryKey: ['pathway-maps', 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['pathway-maps', 'flows', map.id] });
  };
}

/** Starts a draft: the generated default map, or a copy of the map in force. */
export function useCreatePathwayDraft() {
  const store = useStoreMap();
  return useMutation({
    mutationFn: (input: Partial<CreatePathwayDraftInput> & Pick<CreatePathwayDraftInput, 'gstId' | 'specialtyCode'>) =>
      apiClient.post('/api/pathway-maps', {
        json: createPathwayDraftInputSchema.parse(input),
        schema: pathwayMapSchema,
      }),
    onSuccess: store,
  });
}

/** Replaces (or adds) the row of one origin of a draft. */
export function useUpdatePathwayOrigin(mapId: string) {
  const store = useStoreMap();
  return useMutation({
    mutationFn: ({ originId, input }: { originId: string; input: UpdatePathwayOriginInput }) =>
      apiClient.patch(`${pathwayMapPath(mapId)}/origins/${encodeURIComponent(originId)}`, {
        json: updatePathwayOriginInputSchema.parse(input),
        schema: pathwayMapSchema,
      }),
    onSuccess: store,
  });
}

/** Publishes a draft from an effective date. */
export function usePublishPathwayMap(mapId: string) {
  const store = useStoreMap();
  return useMutation({
    mutationFn: (input: PublishPathwayMapInput) =>
      apiClient.post(`${pathwayMapPath(mapId)}/publish`, { json: input, schema: pathwayMapSchema }),
    onSuccess: store,
  });
}

/** Discards a draft, as last read; the lists of versions are then refreshed. */
export function useDiscardPathwayDraft(mapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => apiClient.send('DELETE', pathwayMapPath(mapId), { query: { revision } }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: pathwayMapKey(mapId) });
      await queryClient.invalidateQueries({ queryKey: ['pathway-maps', 'list'] });
    },
  });
}
