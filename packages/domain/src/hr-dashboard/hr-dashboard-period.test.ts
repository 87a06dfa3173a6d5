import { describe, expect, it } from 'vitest';
import { hrDashboardMonthSchema, hrDashboardPeriod, shiftMonth } from './hr-dashboard-period';

describe('shiftMonth', () => {
  it.each([
    ['2026-03', 1, '2026-04'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -11, '2025-04'],
    ['2026-03', 0, '2026-03'],
  ])('moves %s by %i to %s', (month, count, expected) => {
    expect(shiftMonth(month, count)).toBe(expected);
  });
});

describe('hrDashboardPeriod', () => {
  it.each([
    ['a past month counts on its last day', '2026-02', '2026-12-07', '2026-02-01', '2026-02-28', '2026-02-28'],
    ['a leap February ends on the 29th', '2028-02', '2028-03-01', '2028-02-01', '2028-02-29', '2028-02-29'],
    ['the current month counts today', '2026-12', '2026-12-07', '2026-12-01', '2026-12-31', '2026-12-07'],
    ['a future month counts on its first day', '2027-01', '2026-12-07', '2027-01-01', '2027-01-31', '2027-01-01'],
  ])('%s', (_, month, today, first, last, day) => {
    expect(hrDashboardPeriod(month, today)).toMatchObject({ month, first, last, day });
  });

  it('opens a window of 12 months ending with the month, and takes the month’s year for WISN', () => {
    expect(hrDashboardPeriod('2026-03', '2026-12-07')).toMatchObject({ windowFrom: '2025-04-01', year: 2026 });
  });
});

describe('hrDashboardMonthSchema', () => {
  it.each([
    ['2026-03', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-3', false],
    ['march', false],
  ])('reads %s as valid: %s', (value, valid) => {
    expect(hrDashboardMonthSchema.safeParse(value).success).toBe(valid);
  });
});
