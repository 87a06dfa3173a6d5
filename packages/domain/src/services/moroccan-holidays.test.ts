import { describe, expect, it } from 'vitest';
import { replaceGstHolidaysInputSchema } from './service-directory';
import { moroccanPublicHolidays } from './moroccan-holidays';

describe('moroccanPublicHolidays', () => {
  it.each([
    [2026, 17, '2026-03-20'],
    [2027, 17, '2027-03-10'],
    [2030, 10, '2030-01-14'],
  ])('lists the holidays of %i', (year, count, someDay) => {
    const holidays = moroccanPublicHolidays(year);
    expect(holidays).toHaveLength(count);
    expect(holidays.map((holiday) => holiday.day)).toContain(someDay);
    expect([...holidays].sort((a, b) => a.day.localeCompare(b.day))).toEqual(holidays);
  });

  it('marks the estimated religious holidays to be confirmed', () => {
    const fitr = moroccanPublicHolidays(2026).find((holiday) => holiday.day === '2026-03-20');
    expect(fitr?.name).toMatch(/à confirmer/);
  });

  it('makes a valid replacement input', () => {
    const input = { years: [2026], holidays: moroccanPublicHolidays(2026) };
    expect(replaceGstHolidaysInputSchema.safeParse(input).success).toBe(true);
    const wrongYear = replaceGstHolidaysInputSchema.safeParse({
      years: [2027],
      holidays: moroccanPublicHolidays(2026),
    });
    expect(wrongYear.error?.issues[0]?.path).toEqual(['holidays', 0, 'day']);
  });
});
