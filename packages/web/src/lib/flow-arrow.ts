import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';

/**
 * An arrow from one point to another as plain line geometry (the offline map style has no sprites for symbol
 * arrows): the shaft, and a head of two short strokes 80 % of the way, so that heads do not pile up on a busy
 * destination. Used by the pathway map, the referral flows and the HR mobility flows.
 */
export function flowArrow(
  from: { lon: number; lat: number },
  to: { lon: number; lat: number },
): MultiLineString['coordinates'] {
  const [x1, y1, x2, y2] = [from.lon, from.lat, to.lon, to.lat];
  const tip: [number, number] = [x1 + (x2 - x1) * 0.8, y1 + (y2 - y1) * 0.8];
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0) {
    return [[[x1, y1], tip]];
  }
  const head = Math.min(0.03, length * 0.25);
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const wing = (side: number): [number, number] => [
    tip[0] - head * Math.cos(angle + side * 0.45),
    tip[1] - head * Math.sin(angle + side * 0.45),
  ];
  return [
    [
      [x1, y1],
      [x2, y2],
    ],
    [wing(1), tip, wing(-1)],
  ];
}

interface FlowEnd {
  id: string;
  lon: number;
  lat: number;
}

/**
 * Both ends of a set of flows as points, once each: `destination` 1 when the place receives any flow (drawn larger
 * and red), else 0 (an origin only, small and grey). Each point carries its place's id.
 */
export function flowEnds(
  pairs: Iterable<readonly [origin: FlowEnd, destination: FlowEnd]>,
): FeatureCollection<Point, { id: string; destination: number }> {
  const ends = new Map<string, Feature<Point, { id: string; destination: number }>>();
  for (const pair of pairs) {
    pair.forEach((end, destination) => {
      const known = ends.get(end.id);
      if (!known || destination > known.properties.destination) {
        ends.set(end.id, {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [end.lon, end.lat] },
          properties: { id: end.id, destination },
        });
      }
    });
  }
  return { type: 'FeatureCollection', features: [...ends.values()] };
}
