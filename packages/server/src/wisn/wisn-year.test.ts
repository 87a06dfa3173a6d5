import { describe, expect, it } from 'vitest';
import { wisnYear } from './wisn-year';

describe('wisnYear', () => {
  it('reads a past year whole, with the standards and staff of 31 December', () => {
    expect(wisnYear(2025, '2026-12-07')).toEqual({
      year: 2025,
      onDate: '2025-12-31',
      period: { from: '2025-01-01', to: '2026-01-01' },
      annualisationFactor: 1,
    });
  });

  it('scales the current year to 365 days from what has elapsed', () => {
    const current = wisnYear(2026, '2026-07-02');
    expect(current.onDate).toBe('2026-07-02');
    expect(current.period).toEqual({ from: '2026-01-01', to: '2026-07-02' });
    // 1 January to 2 July: 182 days elapsed.
    expect(current.annualisationFactor).toBeCloseTo(365 / 182, 12);
  });

  it('never divides by zero on 1 January', () => {
    expect(wisnYear(2026, '2026-01-01').annualisationFactor).toBe(365);
  });
});
