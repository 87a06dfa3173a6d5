import { describe, expect, it } from 'vitest';
import {
  findContainingFeature,
  isInsideMorocco,
  isPointInPolygon,
  type MultiPolygonGeometry,
  type PolygonGeometry,
} from './point-in-polygon';

// A 10 × 10 square, closed ring as GeoJSON requires.
const square: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};

// The same square with a 4 × 4 hole in the middle (hole wound the other way, as RFC 7946 recommends).
const squareWithHole: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    square.coordinates[0] ?? [],
    [
      [3, 3],
      [3, 7],
      [7, 7],
      [7, 3],
      [3, 3],
    ],
  ],
};

// Two disjoint unit-ish squares; the second is near Tanger so real coordinates are exercised too.
const twoSquares: MultiPolygonGeometry = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
      ],
    ],
    [
      [
        [-5.9, 35.7],
        [-5.7, 35.7],
        [-5.7, 35.85],
        [-5.9, 35.85],
        [-5.9, 35.7],
      ],
    ],
  ],
};

describe('isPointInPolygon', () => {
  it.each([
    { name: 'centre of the square', geometry: square, lon: 5, lat: 5, expected: true },
    { name: 'near a corner, inside', geometry: square, lon: 0.01, lat: 9.99, expected: true },
    { name: 'left of the square', geometry: square, lon: -1, lat: 5, expected: false },
    { name: 'above the square', geometry: square, lon: 5, lat: 10.5, expected: false },
    { name: 'diagonally outside', geometry: square, lon: 11, lat: 11, expected: false },
    { name: 'inside the hole', geometry: squareWithHole, lon: 5, lat: 5, expected: false },
    { name: 'between outer ring and hole', geometry: squareWithHole, lon: 1, lat: 5, expected: true },
    { name: 'right of the hole', geometry: squareWithHole, lon: 8, lat: 5, expected: true },
    { name: 'outside everything', geometry: squareWithHole, lon: 20, lat: 5, expected: false },
    { name: 'first part (ring not closed)', geometry: twoSquares, lon: 1, lat: 1, expected: true },
    { name: 'second part, in Tanger', geometry: twoSquares, lon: -5.8, lat: 35.77, expected: true },
    { name: 'between the parts', geometry: twoSquares, lon: -2, lat: 20, expected: false },
    { name: 'just outside the second part', geometry: twoSquares, lon: -5.69, lat: 35.77, expected: false },
  ])('$name → $expected', ({ geometry, lon, lat, expected }) => {
    expect(isPointInPolygon(lon, lat, geometry)).toBe(expected);
  });

  it('treats an empty polygon as containing nothing', () => {
    expect(isPointInPolygon(0, 0, { type: 'Polygon', coordinates: [] })).toBe(false);
  });
});

describe('findContainingFeature', () => {
  const features = [
    { code: 'hole', geometry: squareWithHole },
    { code: 'square', geometry: square },
    { code: 'multi', geometry: twoSquares },
  ];

  it.each([
    { lon: 1, lat: 5, expected: 'hole' },
    { lon: 5, lat: 5, expected: 'square' },
    { lon: -5.8, lat: 35.77, expected: 'multi' },
    { lon: 50, lat: 50, expected: undefined },
  ])('finds $expected for ($lon, $lat)', ({ lon, lat, expected }) => {
    expect(findContainingFeature(lon, lat, features)?.code).toBe(expected);
  });
});

describe('isInsideMorocco', () => {
  it.each([
    { name: 'Tanger', lon: -5.8, lat: 35.77, expected: true },
    { name: 'Dakhla', lon: -15.93, lat: 23.7, expected: true },
    { name: 'Tanger with lon and lat swapped', lon: 35.77, lat: -5.8, expected: false },
    { name: 'Madrid', lon: -3.7, lat: 40.4, expected: false },
    { name: 'Algiers', lon: 3.06, lat: 36.75, expected: false },
  ])('$name → $expected', ({ lon, lat, expected }) => {
    expect(isInsideMorocco(lon, lat)).toBe(expected);
  });
});
