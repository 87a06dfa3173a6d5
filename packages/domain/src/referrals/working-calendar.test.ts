import { describe, expect, it } from 'vitest';
import { defaultReferralTimerSettings, pickTimerSetting, timerDueAt, timerState } from './referral-timers';
import {
  addWorkingDays,
  defaultWorkingWeekdays,
  isoWeekday,
  moroccoDay,
  moroccoInstant,
  workingDaysBetween,
  type WorkingCalendar,
} from './working-calendar';

const calendar: WorkingCalendar = {
  workingWeekdays: defaultWorkingWeekdays,
  // Green March day (Wednesday 2026-11-18 is Independence Day; 2026-11-06 a Friday).
  holidays: new Set(['2026-11-06', '2026-11-18']),
};

describe('the working calendar', () => {
  it.each([
    ['2026-12-07', 1],
    ['2026-12-12', 6],
    ['2026-12-13', 7],
  ])('knows %s is ISO weekday %i', (day, weekday) => {
    expect(isoWeekday(day)).toBe(weekday);
  });

  it('reads wall-clock times in Morocco (UTC+1 most of the year, UTC+0 during Ramadan)', () => {
    expect(moroccoInstant('2026-12-07', '08:30').toISOString()).toBe('2026-12-07T07:30:00.000Z');
    // Ramadan 2026 (about 18 February to 20 March): Morocco goes back to UTC+0.
    expect(moroccoInstant('2026-03-01', '08:30').toISOString()).toBe('2026-03-01T08:30:00.000Z');
    expect(moroccoDay(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
  });

  it.each([
    // Monday morning + 1 working day: end of Tuesday.
    ['2026-12-07T09:00:00Z', 1, '2026-12-08T23:00:00.000Z'],
    // Friday evening + 1: end of Monday.
    ['2026-12-11T18:00:00Z', 1, '2026-12-14T23:00:00.000Z'],
    // Saturday + 1: end of Monday.
    ['2026-12-12T10:00:00Z', 1, '2026-12-14T23:00:00.000Z'],
    // Tuesday 17 November + 1 skips Independence Day (Wednesday 18).
    ['2026-11-17T10:00:00Z', 1, '2026-11-19T23:00:00.000Z'],
    // Thursday 5 November + 3 skips the Green March holiday (Friday 6) and the weekend.
    ['2026-11-05T10:00:00Z', 3, '2026-11-11T23:00:00.000Z'],
  ])('counts from %s %i working day(s) to %s', (start, count, due) => {
    expect(addWorkingDays(calendar, new Date(start), count).toISOString()).toBe(due);
  });

  it('counts the working days between two instants', () => {
    expect(workingDaysBetween(calendar, new Date('2026-12-04T10:00:00Z'), new Date('2026-12-08T10:00:00Z'))).toBe(2);
    expect(workingDaysBetween(calendar, new Date('2026-11-17T10:00:00Z'), new Date('2026-11-19T10:00:00Z'))).toBe(1);
  });

  it('refuses a calendar without a working weekday', () => {
    expect(() => addWorkingDays({ workingWeekdays: [], holidays: new Set() }, new Date(), 1)).toThrow();
  });
});

describe('referral timers', () => {
  const urgentCardiology = {
    urgency: 'urgent' as const,
    specialtyCode: 'cardiology',
    acceptWithin: 2,
    appointmentWithin: 4,
    counterReferralWithin: 6,
    unit: 'working_days' as const,
  };

  it('picks the specialty setting first, then the GST default, then the platform default', () => {
    const settings = [urgentCardiology, { ...urgentCardiology, specialtyCode: null, acceptWithin: 9 }];
    expect(pickTimerSetting(settings, 'urgent', 'cardiology').acceptWithin).toBe(2);
    expect(pickTimerSetting(settings, 'urgent', 'ophthalmology').acceptWithin).toBe(9);
    expect(pickTimerSetting(settings, 'emergency', 'cardiology')).toEqual(defaultReferralTimerSettings[2]);
  });

  it('counts working days for routine and urgent referrals, hours for emergencies', () => {
    const friday = new Date('2026-12-11T15:00:00Z');
    expect(timerDueAt(urgentCardiology, 'accept', friday, calendar).toISOString()).toBe('2026-12-15T23:00:00.000Z');
    const emergency = pickTimerSetting([], 'emergency', 'cardiology');
    expect(timerDueAt(emergency, 'accept', friday, calendar).toISOString()).toBe('2026-12-11T16:00:00.000Z');
  });

  it.each([
    [null, null, 'not_started'],
    ['2026-12-10T00:00:00Z', null, 'running'],
    ['2026-12-01T00:00:00Z', null, 'breached'],
    ['2026-12-01T00:00:00Z', '2026-11-30T10:00:00Z', 'met'],
    ['2026-12-01T00:00:00Z', '2026-12-02T10:00:00Z', 'met_late'],
  ])('a timer due %s and done %s is %s', (due, done, state) => {
    const now = new Date('2026-12-07T12:00:00Z');
    expect(timerState(due ? new Date(due) : null, done ? new Date(done) : null, now)).toBe(state);
  });
});
