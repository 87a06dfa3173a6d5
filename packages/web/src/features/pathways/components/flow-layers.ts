import type { PathwayFlows } from '@tansiq/domain';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { flowArrow, flowEnds } from '../../../lib/flow-arrow';

export const flowColors = { rank1: '#1c5d99', rank2: '#4a90c2', rank3: '#9cc3e4', offPathway: '#e8590c' } as const;

type Route = PathwayFlows['routes'][number];
export interface FlowProperties {
  rank: number;
  color: string;
  width: number;
  volume: number;
}

const colorOf = (rank: number | null): string =>
  rank === null
    ? flowColors.offPathway
    : rank === 1
      ? flowColors.rank1
      : rank === 2
        ? flowColors.rank2
        : flowColors.rank3;

/** Line width in pixels: 1.5 for an unused route, up to 9 for the busiest one. */
export const flowWidth = (volume: number, maxVolume: number): number =>
  maxVolume === 0 ? 1.5 : 1.5 + 7.5 * Math.sqrt(volume / maxVolume);

/**
 * The routes to draw as GeoJSON arrows; `firstChoiceOnly` keeps rank 1 and the referrals off the pathway. The busiest
 * routes are drawn last, on top.
 */
export function toFlowCollection(
  routes: readonly Route[],
  firstChoiceOnly: boolean,
): FeatureCollection<LineString | MultiLineString, FlowProperties> {
  const shown = routes.filter((route) => !firstChoiceOnly || route.rank === null || route.rank === 1);
  const maxVolume = Math.max(0, ...shown.map((route) => route.volume));
  const features = [...shown]
    .sort((a, b) => a.volume - b.volume || (b.rank ?? 0) - (a.rank ?? 0))
    .map((route): Feature<MultiLineString, FlowProperties> => ({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: flowArrow(route.origin, route.destination) },
      properties: {
        rank: route.rank ?? 0,
        color: colorOf(route.rank),
        width: flowWidth(route.volume, maxVolume),
        volume: route.volume,
      },
    }));
  return { type: 'FeatureCollection', features };
}

/** Both ends of the routes: origins small and grey, destinations larger and red. */
export function toFlowEnds(routes: readonly Route[]): FeatureCollection<Point, { id: string; destination: number }> {
  return flowEnds(routes.map((route) => [route.origin, route.destination] as const));
}

const empty = { type: 'FeatureCollection' as const, features: [] };

/** Adds the province outlines, the arrows and their ends to a map (GeoJSON sources only, nothing fetched). */
export function addFlowLayers(map: MapLibreMap) {
  map.addSource('provinces', { type: 'geojson', data: empty });
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
  map.addSource('flows', { type: 'geojson', data: empty });
  map.addLayer({
    id: 'flows',
    type: 'line',
    source: 'flows',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-opacity': 0.8 },
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
