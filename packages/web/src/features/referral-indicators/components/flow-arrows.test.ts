import { describe, expect, it } from 'vitest';
import { flowWidth, toFlowArrows, toFlowEnds } from './flow-arrows';

const end = (id: string, lon: number, lat: number) => ({ id, nameFr: id, nameAr: null, lon, lat });
const routes = [
  { origin: end('a', -5.3, 35.2), destination: end('h', -5.8, 35.7), referrals: 4, inPathway: 4 },
  { origin: end('b', -5.5, 35.1), destination: end('h', -5.8, 35.7), referrals: 100, inPathway: 10 },
];

describe('flow arrows', () => {
  it('draws wider arrows for busier routes, the busiest on top', () => {
    const arrows = toFlowArrows(routes);
    expect(arrows.features.map((feature) => feature.properties.referrals)).toEqual([4, 100]);
    expect(arrows.features[1]?.properties.width).toBe(10);
    expect(flowWidth(25, 100)).toBe(5.5);
  });

  it('keeps only the busiest routes past the limit', () => {
    expect(toFlowArrows(routes, 1).features.map((feature) => feature.properties.referrals)).toEqual([100]);
  });

  it('marks each establishment once, as a destination when it is one', () => {
    const ends = toFlowEnds(routes);
    expect(ends.features).toHaveLength(3);
    expect(ends.features.filter((feature) => feature.properties.destination === 1)).toHaveLength(1);
  });
});
