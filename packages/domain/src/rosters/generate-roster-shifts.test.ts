import { describe, expect, it } from 'vitest';
import { isAppError } from '../lib/app-error';
import { daysOfMonth, generateRosterShifts } from './generate-roster-shifts';
import { rosterLineSchema, type RosterLineInput } from './roster-problem';

const lineOf = (input: Partial<RosterLineInput> = {}) =>
  rosterLineSchema.parse({ id: 'G', name: 'Garde', kind: 'garde', establishmentIds: ['chp'], ...input });

// November 2026: the 1st is a Sunday; the Green March (6th, a Friday) and Independence Day (18th) are holidays.
const november = { month: '2026-11', holidays: ['2026-11-06', '2026-11-18'] };

describe('generateRosterShifts', () => {
  it('lays out one shift a day with the default pattern and tells weekdays, weekends and holidays apart', () => {
    const shifts = generateRosterShifts([lineOf()], november);
    const countOf = (dayType: string) => shifts.filter((shift) => shift.dayType === dayType).length;
    expect(shifts).toHaveLength(30);
    expect([countOf('weekday'), countOf('weekend'), countOf('holiday')]).toEqual([19, 9, 2]);
  });

  it.each([
    [
      'a weekday night, 18:00 to 08:00 the next morning',
      '2026-11-02',
      'weekday',
      '2026-11-02T17:00:00.000Z',
      '2026-11-03T07:00:00.000Z',
    ],
    ['a Saturday, 24 h from 08:00', '2026-11-07', 'weekend', '2026-11-07T07:00:00.000Z', '2026-11-08T07:00:00.000Z'],
    [
      'a holiday on a weekday, with the weekend pattern',
      '2026-11-18',
      'holiday',
      '2026-11-18T07:00:00.000Z',
      '2026-11-19T07:00:00.000Z',
    ],
  ])('sets %s (Morocco wall clock, UTC+1)', (_name, day, dayType, startsAt, endsAt) => {
    const shift = generateRosterShifts([lineOf()], november).find((candidate) => candidate.day === day);
    expect(shift).toEqual({ id: `G/${day}/1`, lineId: 'G', day, dayType, startsAt, endsAt });
  });

  it('follows a line pattern with two shifts on weekends and its own holiday pattern', () => {
    const line = lineOf({
      shiftPattern: {
        weekday: [{ start: '20:00', end: '08:00' }],
        weekend: [
          { start: '08:00', end: '20:00' },
          { start: '20:00', end: '08:00' },
        ],
        holiday: [{ start: '09:00', end: '21:00' }],
      },
    });
    const shifts = generateRosterShifts([line], november);
    expect(shifts).toHaveLength(19 + 9 * 2 + 2);
    expect(shifts.filter((shift) => shift.day === '2026-11-07').map((shift) => shift.id)).toEqual([
      'G/2026-11-07/1',
      'G/2026-11-07/2',
    ]);
    expect(shifts.find((shift) => shift.day === '2026-11-06')?.endsAt).toBe('2026-11-06T20:00:00.000Z');
  });

  it('returns the shifts of several lines sorted by start', () => {
    const shifts = generateRosterShifts(
      [lineOf({ id: 'B' }), lineOf({ id: 'A', shiftPattern: { weekday: [{ start: '17:00', end: '08:00' }] } })],
      november,
    );
    const starts = shifts.map((shift) => shift.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(shifts.slice(2, 4).map((shift) => shift.id)).toEqual(['A/2026-11-02/1', 'B/2026-11-02/1']);
  });

  it('knows the length of each month', () => {
    expect([daysOfMonth('2026-02').length, daysOfMonth('2028-02').length, daysOfMonth('2026-12').at(-1)]).toEqual([
      28,
      29,
      '2026-12-31',
    ]);
  });

  it('refuses a malformed month', () => {
    expect.assertions(2);
    try {
      generateRosterShifts([lineOf()], { month: '2026-13' });
    } catch (error) {
      expect(isAppError(error)).toBe(true);
      expect(isAppError(error) && error.code).toBe('validation_failed');
    }
  });
});
