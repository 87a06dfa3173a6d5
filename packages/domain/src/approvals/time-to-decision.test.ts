import { describe, expect, it } from 'vitest';
import { at, calendar, draftMission } from './approval-fixtures';
import type { ApprovalRequestRecord } from './approval-request-record';
import type { ApprovalStatus } from './approval-state-machine';
import { findTimeToDecision, percentileCont, summariseTimeToDecision } from './time-to-decision';

function decided(type: string, submitted: Date, decision: Date | null, status: ApprovalStatus = 'approved') {
  const request: ApprovalRequestRecord = draftMission(10, {
    type,
    status,
    firstSubmittedAt: submitted.toISOString(),
    decidedAt: decision?.toISOString() ?? null,
  });
  return request;
}

describe('findTimeToDecision', () => {
  it.each([
    { case: 'the same day', from: at('2026-01-12', '09:00'), to: at('2026-01-12', '15:30'), hours: 6.5, days: 0 },
    { case: 'Friday to Monday', from: at('2026-01-09', '10:00'), to: at('2026-01-12', '10:00'), hours: 72, days: 1 },
    {
      case: 'across the Wednesday holiday',
      from: at('2026-01-13', '10:00'),
      to: at('2026-01-15', '10:00'),
      hours: 48,
      days: 1,
    },
    { case: 'two weeks', from: at('2026-01-05', '10:00'), to: at('2026-01-19', '10:00'), hours: 336, days: 9 },
  ])('measures $case in calendar hours and working days', ({ from, to, hours, days }) => {
    expect(findTimeToDecision(decided('temporary_mission', from, to), calendar)).toEqual({
      calendarHours: hours,
      workingDays: days,
    });
  });

  it('has none for an undecided or a withdrawn request', () => {
    expect(
      findTimeToDecision(decided('temporary_mission', at('2026-01-05'), null, 'pending'), calendar),
    ).toBeUndefined();
    expect(findTimeToDecision(draftMission(), calendar)).toBeUndefined();
  });
});

describe('percentileCont', () => {
  it.each([
    { values: [], fraction: 0.5, expected: null },
    { values: [7], fraction: 0.9, expected: 7 },
    { values: [4, 1, 3, 2], fraction: 0.5, expected: 2.5 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], fraction: 0.9, expected: 9.1 },
    { values: [10, 20], fraction: 0.9, expected: 19 },
  ])('interpolates like percentile_cont: $values at $fraction → $expected', ({ values, fraction, expected }) => {
    const result = percentileCont(values, fraction);
    expect(result === null ? null : Number(result.toFixed(6))).toBe(expected);
  });
});

describe('summariseTimeToDecision', () => {
  it('gives count, median and 90th percentile per request type, ignoring drafts and withdrawals', () => {
    const monday = at('2026-01-05', '10:00');
    const hoursLater = (hours: number) => new Date(monday.getTime() + hours * 3_600_000);
    const requests = [
      decided('temporary_mission', monday, hoursLater(24)),
      decided('temporary_mission', monday, hoursLater(48), 'rejected'),
      decided('temporary_mission', monday, hoursLater(96)),
      decided('temporary_mission', monday, hoursLater(240)),
      decided('temporary_mission', monday, null, 'pending'),
      decided('temporary_mission', monday, null, 'withdrawn'),
      draftMission(),
      decided('roster_swap', monday, hoursLater(2)),
    ];
    expect(summariseTimeToDecision(requests, calendar)).toEqual([
      {
        type: 'roster_swap',
        decided: 1,
        approved: 1,
        rejected: 0,
        undecided: 0,
        medianHours: 2,
        p90Hours: 2,
        medianWorkingDays: 0,
        p90WorkingDays: 0,
      },
      {
        type: 'temporary_mission',
        decided: 4,
        approved: 3,
        rejected: 1,
        undecided: 1,
        // 24, 48, 96, 240 hours; 1, 2, 4, 7 working days (Tuesday 6, Wednesday 7, Friday 9, Thursday 15: the
        // Wednesday 14 holiday does not count). 90th percentile: 4 + 0.7 × (7 − 4).
        medianHours: 72,
        p90Hours: expect.closeTo(196.8, 9),
        medianWorkingDays: 3,
        p90WorkingDays: expect.closeTo(6.1, 9),
      },
    ]);
  });
});
