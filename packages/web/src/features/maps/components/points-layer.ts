import { establishmentTypes, primaryCareTypes, type EstablishmentPoint, type EstablishmentType } from '@tansiq/domain';
import type { FeatureCollection, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { typeColors } from '../../establishments';

export const pointsLayerId = 'establishment-points';

const isEstablishmentType = (type: string): type is EstablishmentType =>
  (establishmentTypes as readonly string[]).includes(type);

const colorOf = (type: string): string => (isEstablishmentType(type) ? typeColors[type] : '#868e96');

/** The establishment points as GeoJSON; only the id, type and colour travel to the map, the card reads the rest. */
export function toPointCollection(
  points: readonly EstablishmentPoint[],
): FeatureCollection<Point, { id: string; type: string; color: string; hospital: number }> {
  return {
    type: 'FeatureCollection',
    features: points.map((point) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [point.lon, point.lat] },
      properties: {
        id: point.id,
        type: point.type,
        color: colorOf(point.type),
        hospital: isEstablishmentType(point.type) && primaryCareTypes.includes(point.type) ? 0 : 1,
      },
    })),
  };
}

/** Adds the province outlines and the coloured establishment circles to a map. */
export function addEstablishmentLayers(map: MapLibreMap) {
  map.addSource('provinces', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: 'provinces-fill',
    type: 'fill',
    source: 'provinces',
    paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 },
  });
  map.addLayer({
    id: 'provinces-line',
    type: 'line',
    source: 'provinces',
    paint: { 'line-color': '#5c7080', 'line-width': 1 },
  });
  map.addSource('points', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: pointsLayerId,
    type: 'circle',
    source: 'points',
    // Hospitals are fewer and matter more for referrals: drawn larger and on top of primary care.
    layout: { 'circle-sort-key': ['get', 'hospital'] },
    paint: {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        ['+', 3.5, ['*', 2, ['get', 'hospital']]],
        12,
        ['+', 7, ['*', 3, ['get', 'hospital']]],
      ],
      'circle-color': ['get', 'color'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
}

/** Shows only the chosen types. */
export function filterByTypes(map: MapLibreMap, types: readonly string[]) {
  map.setFilter(pointsLayerId, ['in', ['get', 'type'], ['literal', [...types]]]);
}
