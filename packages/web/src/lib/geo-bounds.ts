import type { Geometry, Position } from 'geojson';

export type Bounds = [[number, number], [number, number]];

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** The [[west, south], [east, north]] box around some geometries, or undefined when there is none. */
export function geoBounds(geometries: readonly Geometry[]): Bounds | undefined {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon = NaN, lat = NaN] of geometries.flatMap(positionsOf)) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return Number.isFinite(west) && Number.isFinite(north)
    ? [
        [west, south],
        [east, north],
      ]
    : undefined;
}
