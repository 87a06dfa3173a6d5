import { describe, expect, it } from 'vitest';
import { defaultWisnPressureBands, wisnPressure, wisnPressureBandsSchema, type WisnPressure } from './wisn-pressure';

describe('wisnPressure with the default bands (0.5, 0.8, 1.2)', () => {
  it.each<[number | null, WisnPressure]>([
    [0, 'severe_shortage'],
    [0.49, 'severe_shortage'],
    [0.5, 'shortage'],
    [0.79, 'shortage'],
    [0.7999999999999999, 'balanced'],
    [0.8, 'balanced'],
    [1, 'balanced'],
    [1.2, 'balanced'],
    [1.2000000000000002, 'balanced'],
    [1.21, 'surplus'],
    [5, 'surplus'],
    [null, 'no_workload'],
  ])('classes ratio %s as %s', (ratio, pressure) => {
    expect(wisnPressure(ratio)).toBe(pressure);
    expect(wisnPressure(ratio, defaultWisnPressureBands)).toBe(pressure);
  });
});

describe('wisnPressure with a GST’s own bands', () => {
  const bands = { severeShortageBelow: 0.6, shortageBelow: 0.9, surplusAbove: 1.1 };
  it.each<[number, WisnPressure]>([
    [0.55, 'severe_shortage'],
    [0.85, 'shortage'],
    [0.95, 'balanced'],
    [1.15, 'surplus'],
  ])('classes ratio %d as %s', (ratio, pressure) => {
    expect(wisnPressure(ratio, bands)).toBe(pressure);
  });
});

describe('wisnPressureBandsSchema', () => {
  it.each([
    ['the defaults', defaultWisnPressureBands, true],
    ['a single balanced point', { severeShortageBelow: 1, shortageBelow: 1, surplusAbove: 1 }, true],
    ['severe above shortage', { severeShortageBelow: 0.9, shortageBelow: 0.8, surplusAbove: 1.2 }, false],
    ['shortage above 1', { severeShortageBelow: 0.5, shortageBelow: 1.1, surplusAbove: 1.2 }, false],
    ['surplus below 1', { severeShortageBelow: 0.5, shortageBelow: 0.8, surplusAbove: 0.9 }, false],
    ['a zero band', { severeShortageBelow: 0, shortageBelow: 0.8, surplusAbove: 1.2 }, false],
  ])('accepts or refuses %s', (_case, bands, valid) => {
    expect(wisnPressureBandsSchema.safeParse(bands).success).toBe(valid);
  });
});
