import type { ReferralFlows } from '@tansiq/domain';
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { flowArrow, flowEnds } from '../../../lib/flow-arrow';

type Route = ReferralFlows['routes'][number];

export const flowColor = '#1c5d99';

/** Line width in pixels: 1 for the quietest route, up to 10 for the busiest (by area, hence the square root). */
export const flowWidth = (referrals: number, maxReferrals: number): number =>
  maxReferrals === 0 ? 1 : 1 + 9 * Math.sqrt(referrals / maxReferrals);

/** The busiest `limit` routes as GeoJSON arrows as wide as their referrals, the busiest drawn last (on top). */
export function toFlowArrows(
  routes: readonly Route[],
  limit = 300,
): FeatureCollection<MultiLineString, { width: number; referrals: number }> {
  const shown = [...routes].sort((a, b) => b.referrals - a.referrals).slice(0, limit);
  const maxReferrals = Math.max(0, ...shown.map((route) => route.referrals));
  return {
    type: 'FeatureCollection',
    features: shown.reverse().map((route): Feature<MultiLineString, { width: number; referrals: number }> => ({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: flowArrow(route.origin, route.destination) },
      properties: { width: flowWidth(route.referrals, maxReferrals), referrals: route.referrals },
    })),
  };
}

/** Both ends of the routes: origins small and grey, destinations larger and red. */
export function toFlowEnds(routes: readonly Route[]): FeatureCollection<Point, { id: string; destination: number }> {
  return flowEnds(routes.map((route) => [route.origin, route.destination] as const));
}

const empty = { type: 'FeatureCollection' as const, features: [] };

/** Adds the province outlines, arrows and ends (GeoJSON sources only, nothing fetched from outside). */
export function addFlowLayers(map: MapLibreMap) {
  map.addSource('provinces', { type: 'geojson', data: empty });
  map.addLayer({ id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': '#ffffff' } });
  map.addLayer({
    id: 'provinces-line',
    type: 'line',
    source: 'provinces',
    paint: { 'line-color': '#5c7080', 'line-width': 1 },
  });
  map.addSource('flows', { type: 'geojson', data: empty });
  map.addLayer({
    id: 'flows',
    type: 'line',
    source: 'flows',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': flowColor, 'line-width': ['get', 'width'], 'line-opacity': 0.75 },
  });
  map.addSource('flow-ends', { type: 'geojson', data: empty });
  map.addLayer({
    id: 'flow-ends',
    type: 'circle',
    source: 'flow-ends',
    layout: { 'circle-sort-key': ['get', 'destination'] },
    paint: {
      'circle-radius': ['case', ['==', ['get', 'destination'], 1], 6, 2.5],
      'circle-color': ['case', ['==', ['get', 'destination'], 1], '#c92a2a', '#495057'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['case', ['==', ['get', 'destination'], 1], 1.5, 0],
    },
  });
}
