import { moroccoBounds } from './territory-codes';

/**
 * Minimal GeoJSON polygon types (RFC 7946 §3.1.6–3.1.7), typed here so the domain needs no GeoJSON dependency.
 * A position is `[lon, lat]` (extra members such as altitude are ignored); the first ring of a polygon is its
 * outer boundary, the others are holes.
 */
export type GeoJsonPosition = readonly number[];
export type GeoJsonRing = readonly GeoJsonPosition[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: readonly GeoJsonRing[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: readonly (readonly GeoJsonRing[])[];
}

export type PolygonalGeometry = PolygonGeometry | MultiPolygonGeometry;

/** Ray casting (even–odd rule) against one ring; the closing vertex may be repeated or not. */
function isPointInRing(lon: number, lat: number, ring: GeoJsonRing): boolean {
  let inside = false;
  let previous = ring[ring.length - 1];
  for (const current of ring) {
    if (previous !== undefined) {
      const [x1 = 0, y1 = 0] = current;
      const [x2 = 0, y2 = 0] = previous;
      const crossesHorizontal = y1 > lat !== y2 > lat;
      if (crossesHorizontal && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) {
        inside = !inside;
      }
    }
    previous = current;
  }
  return inside;
}

function isPointInPolygonRings(lon: number, lat: number, rings: readonly GeoJsonRing[]): boolean {
  const [outer, ...holes] = rings;
  if (outer === undefined || !isPointInRing(lon, lat, outer)) {
    return false;
  }
  return !holes.some((hole) => isPointInRing(lon, lat, hole));
}

/** Whether `[lon, lat]` lies inside a Polygon or MultiPolygon, holes excluded. Points exactly on an edge may go either way. */
export function isPointInPolygon(lon: number, lat: number, geometry: PolygonalGeometry): boolean {
  if (geometry.type === 'Polygon') {
    return isPointInPolygonRings(lon, lat, geometry.coordinates);
  }
  return geometry.coordinates.some((polygon) => isPointInPolygonRings(lon, lat, polygon));
}

/** The first feature whose geometry contains the point, or `undefined` when none does. */
export function findContainingFeature<Feature extends { geometry: PolygonalGeometry }>(
  lon: number,
  lat: number,
  features: readonly Feature[],
): Feature | undefined {
  return features.find((feature) => isPointInPolygon(lon, lat, feature.geometry));
}

/**
 * A cheap sanity check (bounding box of Morocco including the southern provinces), used to catch coordinates
 * typed the wrong way round before any point-in-polygon work.
 */
export function isInsideMorocco(lon: number, lat: number): boolean {
  return (
    lon >= moroccoBounds.minLon &&
    lon <= moroccoBounds.maxLon &&
    lat >= moroccoBounds.minLat &&
    lat <= moroccoBounds.maxLat
  );
}
