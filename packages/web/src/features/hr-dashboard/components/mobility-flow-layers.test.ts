import { describe, expect, it } from 'vitest';
import { centreId, gstDashboard, hospitalId, ouezzaneId } from '../testing/hr-dashboard-fixtures';
import { mobilityWidth, toMobilityArrows, toMobilityEnds } from './mobility-flow-layers';

const unknownId = '99999999-9999-4999-8999-999999999999';

describe('toMobilityArrows', () => {
  it('draws one arrow per flow and status, as wide as its requests, leaving out flows with an unknown end', () => {
    const arrows = toMobilityArrows(
      [
        { originId: hospitalId, destinationId: ouezzaneId, approved: 4, pending: 1 },
        { originId: centreId, destinationId: hospitalId, approved: 0, pending: 1 },
        { originId: centreId, destinationId: unknownId, approved: 2, pending: 0 },
      ],
      gstDashboard.establishments,
    );
    expect(arrows.features.map((feature) => feature.properties)).toEqual([
      { status: 'approved', count: 4, width: 10 },
      { status: 'pending', count: 1, width: 6 },
      { status: 'pending', count: 1, width: 6 },
    ]);
    const [shaft] = arrows.features[0]?.geometry.coordinates ?? [];
    expect(shaft).toEqual([
      [-5.27, 35.17],
      [-5.58, 34.8],
    ]);
  });

  it.each([
    [1, 4, 6],
    [4, 4, 10],
    [0, 0, 2],
  ])('gives %i of %i requests a width of %i px', (count, max, width) => {
    expect(mobilityWidth(count, max)).toBe(width);
  });
});

describe('toMobilityEnds', () => {
  it('marks each establishment once, as a destination when it is one for any flow', () => {
    const ends = toMobilityEnds(gstDashboard.mobility.flows, gstDashboard.establishments);
    expect(ends.features.map((feature) => feature.properties.destination).sort()).toEqual([0, 1, 1]);
  });
});
