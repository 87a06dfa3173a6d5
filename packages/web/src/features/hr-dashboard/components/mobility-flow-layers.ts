import type { HrDashboard, HrDashboardEstablishment } from '@tansiq/domain';
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { flowArrow, flowEnds } from '../../../lib/flow-arrow';

type Flow = HrDashboard['mobility']['flows'][number];
export type FlowStatus = 'approved' | 'pending';
interface ArrowProperties {
  status: FlowStatus;
  count: number;
  width: number;
}

export const approvedColor = '#1c5d99';
export const pendingColor = '#e8590c';

/** Line width in pixels: 2 for one request, up to 10 for the busiest flow (by area, hence the square root). */
export const mobilityWidth = (count: number, maxCount: number): number =>
  maxCount === 0 ? 2 : 2 + 8 * Math.sqrt(count / maxCount);

/**
 * One arrow per flow and status (approved, pending) whose two ends are known, as wide as its requests; flows whose
 * ends are unknown are left out (the table still lists them).
 */
export function toMobilityArrows(
  flows: readonly Flow[],
  establishments: readonly HrDashboardEstablishment[],
): FeatureCollection<MultiLineString, ArrowProperties> {
  const byId = new Map(establishments.map((establishment) => [establishment.id, establishment]));
  const maxCount = Math.max(0, ...flows.flatMap((flow) => [flow.approved, flow.pending]));
  const features = flows.flatMap((flow) => {
    const origin = byId.get(flow.originId);
    const destination = byId.get(flow.destinationId);
    if (!origin || !destination) {
      return [];
    }
    return (['approved', 'pending'] as const)
      .filter((status) => flow[status] > 0)
      .map((status): Feature<MultiLineString, ArrowProperties> => ({
        type: 'Feature',
        geometry: { type: 'MultiLineString', coordinates: flowArrow(origin, destination) },
        properties: { status, count: flow[status], width: mobilityWidth(flow[status], maxCount) },
      }));
  });
  return { type: 'FeatureCollection', features };
}

/** Both ends of the flows whose places are known: origins small and grey, destinations larger and red. */
export function toMobilityEnds(
  flows: readonly Flow[],
  establishments: readonly HrDashboardEstablishment[],
): FeatureCollection<Point, { id: string; destination: number }> {
  const byId = new Map(establishments.map((establishment) => [establishment.id, establishment]));
  return flowEnds(
    flows.flatMap((flow) => {
      const origin = byId.get(flow.originId);
      const destination = byId.get(flow.destinationId);
      return origin && destination ? [[origin, destination] as const] : [];
    }),
  );
}

const empty = { type: 'FeatureCollection' as const, features: [] };

/** Province outlines, approved arrows (solid), pending arrows (dashed, offset) and ends; local GeoJSON only. */
export function addMobilityLayers(map: MapLibreMap) {
  map.addSource('provinces', { type: 'geojson', data: empty });
  map.addLayer({ id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': '#ffffff' } });
  map.addLayer({
    id: 'provinces-line',
    type: 'line',
    source: 'provinces',
    paint: { 'line-color': '#5c7080', 'line-width': 1 },
  });
  map.addSource('mobility', { type: 'geojson', data: empty });
  map.addLayer({
    id: 'mobility-approved',
    type: 'line',
    source: 'mobility',
    filter: ['==', ['get', 'status'], 'approved'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': approvedColor, 'line-width': ['get', 'width'], 'line-opacity': 0.8 },
  });
  map.addLayer({
    id: 'mobility-pending',
    type: 'line',
    source: 'mobility',
    filter: ['==', ['get', 'status'], 'pending'],
    paint: {
      'line-color': pendingColor,
      'line-width': ['get', 'width'],
      'line-opacity': 0.85,
      'line-dasharray': [1.5, 1.5],
      'line-offset': 4,
    },
  });
  map.addSource('mobility-ends', { type: 'geojson', data: empty });
  map.addLayer({
    id: 'mobility-ends',
    type: 'circle',
    source: 'mobility-ends',
    layout: { 'circle-sort-key': ['get', 'destination'] },
    paint: {
      'circle-radius': ['case', ['==', ['get', 'destination'], 1], 6, 3],
      'circle-color': ['case', ['==', ['get', 'destination'], 1], '#c92a2a', '#495057'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
}
