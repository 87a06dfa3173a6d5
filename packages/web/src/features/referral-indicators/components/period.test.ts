import { describe, expect, it } from 'vitest';
import { presetPeriod } from './period';

describe('presetPeriod', () => {
  it('counts the last day in the period', () => {
    expect(presetPeriod('30d', '2026-12-07')).toEqual({ from: '2026-11-08', to: '2026-12-07' });
    expect(presetPeriod('90d', '2026-12-07')).toEqual({ from: '2026-09-09', to: '2026-12-07' });
    expect(presetPeriod('12m', '2026-12-07')).toEqual({ from: '2025-12-08', to: '2026-12-07' });
  });

  it('leaves a custom period to the user', () => {
    expect(presetPeriod('custom', '2026-12-07')).toBeNull();
  });
});
