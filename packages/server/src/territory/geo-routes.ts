import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { regionCodeSchema } from '@tansiq/domain';
import type { AppDependencies, AppInstance } from '../http/app-types';
import { errorResponses } from '../http/error-responses';
import { requestContext } from '../http/request-context';

interface FeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown }[];
}

const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({ type: z.literal('Feature'), properties: z.record(z.string(), z.unknown()), geometry: z.unknown() }),
  ),
});

const layers = {
  regions: { file: 'regions.geojson', regionKey: 'hcp_code' },
  provinces: { file: 'provinces.geojson', regionKey: 'region_code' },
  communes: { file: 'tta_communes.geojson', regionKey: 'region_code' },
} as const;

const keptProperties = ['hcp_code', 'name_fr', 'name_ar', 'type', 'region_code', 'province_code', 'population_2024'];

/**
 * Boundaries for the maps, read from the ODbL reference files (kept out of the operational database, SOURCES.md)
 * and cached in memory; the web app draws them with maplibre, with no tile server.
 */
export function registerGeoRoutes(app: AppInstance, deps: AppDependencies): void {
  const cache = new Map<string, Promise<FeatureCollection>>();
  const load = (layer: keyof typeof layers) => {
    let collection = cache.get(layer);
    if (!collection) {
      collection = readFile(join(deps.config.referenceDataDir, layers[layer].file), 'utf8').then((text) => {
        const parsed = JSON.parse(text) as FeatureCollection;
        for (const feature of parsed.features) {
          feature.properties = Object.fromEntries(
            Object.entries(feature.properties).filter(([key]) => keptProperties.includes(key)),
          );
        }
        return parsed;
      });
      cache.set(layer, collection);
    }
    return collection;
  };
  for (const layer of Object.keys(layers) as (keyof typeof layers)[]) {
    app.get(
      `/api/geo/${layer}`,
      {
        schema: {
          tags: ['maps'],
          querystring: z.strictObject({ regionCode: regionCodeSchema.optional() }),
          response: { 200: featureCollectionSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        requestContext(request);
        const collection = await load(layer);
        const regionCode = request.query.regionCode;
        reply.header('cache-control', 'private, max-age=3600');
        return regionCode
          ? {
              ...collection,
              features: collection.features.filter((f) => f.properties[layers[layer].regionKey] === regionCode),
            }
          : collection;
      },
    );
  }
}
