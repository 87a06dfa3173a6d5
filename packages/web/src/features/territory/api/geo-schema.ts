import type { Geometry } from 'geojson';
import { z } from 'zod';

const geometryTypes = new Set(['Polygon', 'MultiPolygon', 'Point', 'MultiPoint', 'LineString', 'MultiLineString']);

const geometrySchema = z.custom<Geometry>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    geometryTypes.has(value.type) &&
    'coordinates' in value &&
    Array.isArray(value.coordinates),
  'Not a GeoJSON geometry',
);

/** A GeoJSON FeatureCollection served by /api/geo/…, with the HCP attributes the app reads. */
export const areaCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: geometrySchema,
      properties: z.looseObject({
        hcp_code: z.string(),
        name_fr: z.string(),
        name_ar: z.string(),
        population_2024: z.number(),
      }),
    }),
  ),
});
export type AreaCollection = z.infer<typeof areaCollectionSchema>;
export type AreaFeature = AreaCollection['features'][number];
