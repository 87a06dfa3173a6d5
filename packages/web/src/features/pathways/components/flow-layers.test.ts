import { describe, expect, it } from 'vitest';
import { flowColors, flowWidth, toFlowCollection, toFlowEnds } from './flow-layers';
import { flowRoute } from '../testing/pathway-fixtures';

describe('toFlowCollection', () => {
  const routes = [
    flowRoute('a', 'h1', 1, 0),
    flowRoute('a', 'h2', 2, 4),
    flowRoute('b', 'h1', 1, 16),
    flowRoute('b', 'h3', null, 2),
  ];

  it('keeps the first choices and the referrals off the pathway, busiest on top, coloured by rank', () => {
    const collection = toFlowCollection(routes, true);
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { rank: 1, color: flowColors.rank1, width: 1.5, volume: 0 },
      { rank: 0, color: flowColors.offPathway, width: flowWidth(2, 16), volume: 2 },
      { rank: 1, color: flowColors.rank1, width: 9, volume: 16 },
    ]);
  });

  it('draws every rank on demand, each route as a shaft and an arrow head', () => {
    const collection = toFlowCollection(routes, false);
    expect(collection.features).toHaveLength(4);
    const shaft = collection.features[0]?.geometry;
    expect(shaft?.type).toBe('MultiLineString');
    expect(shaft?.type === 'MultiLineString' && shaft.coordinates).toHaveLength(2);
  });

  it('gives every route the thinnest width when nothing was sent', () => {
    expect(toFlowCollection([flowRoute('a', 'h1', 1, 0)], false).features[0]?.properties.width).toBe(1.5);
  });
});

describe('toFlowEnds', () => {
  it('marks each establishment once, as a destination when it is one on any route', () => {
    const ends = toFlowEnds([flowRoute('a', 'h1', 1, 0), flowRoute('h1', 'h2', 1, 0)]);
    expect(ends.features.map((feature) => feature.properties).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'a', destination: 0 },
      { id: 'h1', destination: 1 },
      { id: 'h2', destination: 1 },
    ]);
  });
});
