import { describe, expect, it } from 'vitest';
import {
  expandSessions,
  freeSlots,
  sessionSlots,
  slotKey,
  type ClosureRule,
  type ScheduleRule,
} from './consultation-sessions';

const monday: ScheduleRule = {
  id: 'a0000000-0000-4000-8000-000000000001',
  weekday: 1,
  startTime: '09:00',
  endTime: '12:00',
  slotCount: 12,
  mode: 'in_person',
  validFrom: '2026-01-01',
  validTo: null,
};
const thursdayTele: ScheduleRule = {
  ...monday,
  id: 'a0000000-0000-4000-8000-000000000002',
  weekday: 4,
  startTime: '14:00',
  endTime: '16:00',
  slotCount: 4,
  mode: 'teleconsultation',
};
const noHolidays = new Set<string>();

describe('expandSessions', () => {
  it.each([
    // [case, schedule, from, to, expected days]
    ['one Monday a week', monday, '2026-01-05', '2026-01-18', ['2026-01-05', '2026-01-12']],
    ['not before it is valid', { ...monday, validFrom: '2026-01-10' }, '2026-01-05', '2026-01-18', ['2026-01-12']],
    ['not after it ends', { ...monday, validTo: '2026-01-11' }, '2026-01-05', '2026-01-18', ['2026-01-05']],
    [
      'a one-day extra session',
      { ...monday, validFrom: '2026-01-12', validTo: '2026-01-12' },
      '2026-01-01',
      '2026-01-31',
      ['2026-01-12'],
    ],
    ['Sunday is weekday 7', { ...monday, weekday: 7 }, '2026-01-05', '2026-01-11', ['2026-01-11']],
  ])('%s', (_case, schedule, from, to, days) => {
    expect(expandSessions([schedule], [], noHolidays, from, to).map((session) => session.day)).toEqual(days);
  });

  it('skips the GST public holidays', () => {
    // 2026-05-01 (Labour Day) is a Friday; 2026-01-12 a Monday.
    const sessions = expandSessions([monday], [], new Set(['2026-01-12']), '2026-01-05', '2026-01-19');
    expect(sessions.map((session) => session.day)).toEqual(['2026-01-05', '2026-01-19']);
  });

  it.each<[string, ClosureRule, string[]]>([
    [
      'a closure of the service',
      { scheduleId: null, fromDate: '2026-01-12', toDate: '2026-01-15' },
      ['2026-01-05', '2026-01-08'],
    ],
    [
      'a closure of one schedule',
      { scheduleId: monday.id, fromDate: '2026-01-12', toDate: '2026-01-12' },
      ['2026-01-05', '2026-01-08', '2026-01-15'],
    ],
    [
      'a closure of another schedule',
      { scheduleId: thursdayTele.id, fromDate: '2026-01-05', toDate: '2026-01-08' },
      ['2026-01-05', '2026-01-12', '2026-01-15'],
    ],
  ])('honours %s', (_case, closure, days) => {
    const sessions = expandSessions([monday, thursdayTele], [closure], noHolidays, '2026-01-05', '2026-01-15');
    expect(sessions.map((session) => session.day)).toEqual(days);
  });

  it.each([
    // Morocco is UTC+1 most of the year and UTC+0 during Ramadan (2026: from about 15 February to 22 March).
    ['in winter (UTC+1)', '2026-01-05', '2026-01-05T08:00:00.000Z', '2026-01-05T11:00:00.000Z'],
    ['during Ramadan (UTC+0)', '2026-03-02', '2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z'],
    ['after Ramadan (UTC+1 again)', '2026-03-30', '2026-03-30T08:00:00.000Z', '2026-03-30T11:00:00.000Z'],
  ])('places sessions on the Morocco wall clock %s', (_case, day, startsAt, endsAt) => {
    const [session] = expandSessions([monday], [], noHolidays, day, day);
    expect(session?.startsAt.toISOString()).toBe(startsAt);
    expect(session?.endsAt.toISOString()).toBe(endsAt);
  });

  it('orders sessions by time across schedules, with mode and slot count', () => {
    const sessions = expandSessions([thursdayTele, monday], [], noHolidays, '2026-01-05', '2026-01-11');
    expect(sessions.map(({ day, mode, slotCount }) => ({ day, mode, slotCount }))).toEqual([
      { day: '2026-01-05', mode: 'in_person', slotCount: 12 },
      { day: '2026-01-08', mode: 'teleconsultation', slotCount: 4 },
    ]);
  });

  it('returns nothing for an empty range', () => {
    expect(expandSessions([monday], [], noHolidays, '2026-01-06', '2026-01-05')).toEqual([]);
  });
});

describe('sessionSlots and freeSlots', () => {
  const [session] = expandSessions([thursdayTele], [], noHolidays, '2026-01-08', '2026-01-08');
  if (!session) {
    throw new Error('No session');
  }

  it('splits a session into equal slots', () => {
    const slots = sessionSlots(session);
    expect(slots.map((slot) => [slot.slotIndex, slot.startsAt.toISOString(), slot.endsAt.toISOString()])).toEqual([
      [0, '2026-01-08T13:00:00.000Z', '2026-01-08T13:30:00.000Z'],
      [1, '2026-01-08T13:30:00.000Z', '2026-01-08T14:00:00.000Z'],
      [2, '2026-01-08T14:00:00.000Z', '2026-01-08T14:30:00.000Z'],
      [3, '2026-01-08T14:30:00.000Z', '2026-01-08T15:00:00.000Z'],
    ]);
    expect(slots.every((slot) => slot.mode === 'teleconsultation')).toBe(true);
  });

  it('ends the last slot at the end of the session when the division is not even', () => {
    const slots = sessionSlots({ ...session, slotCount: 7 });
    expect(slots.at(-1)?.endsAt).toEqual(session.endsAt);
    expect(slots[1]?.startsAt.toISOString()).toBe('2026-01-08T13:17:09.000Z');
  });

  it('leaves out the booked slots', () => {
    const free = freeSlots(
      [session],
      new Set([slotKey(thursdayTele.id, '2026-01-08', 0), slotKey(thursdayTele.id, '2026-01-08', 2)]),
    );
    expect(free.map((slot) => slot.slotIndex)).toEqual([1, 3]);
  });
});
