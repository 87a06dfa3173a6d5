import { describe, expect, it } from 'vitest';
import { at, calendar, draftMission, missionConfig, requester } from './approval-fixtures';
import type { ApprovalRequestRecord } from './approval-request-record';
import { applyApprovalAction } from './approval-transition';
import { approvalStepDueAt, findOverdueApprovalStep, overdueApprovalSteps } from './approval-timers';

describe('approvalStepDueAt', () => {
  it.each([
    { case: 'Monday + 1 working day', start: at('2026-01-05'), days: 1, due: at('2026-01-07', '00:00') },
    {
      case: 'Friday evening + 1 working day, across the weekend',
      start: at('2026-01-09', '19:30'),
      days: 1,
      due: at('2026-01-13', '00:00'),
    },
    { case: 'Saturday + 1 working day', start: at('2026-01-10'), days: 1, due: at('2026-01-13', '00:00') },
    {
      case: 'Tuesday + 1 working day, across the Wednesday holiday',
      start: at('2026-01-13'),
      days: 1,
      due: at('2026-01-16', '00:00'),
    },
    {
      case: 'Friday + 5 working days, across a weekend and the holiday',
      start: at('2026-01-09'),
      days: 5,
      due: at('2026-01-20', '00:00'),
    },
    { case: 'the holiday itself + 1 working day', start: at('2026-01-14'), days: 1, due: at('2026-01-16', '00:00') },
  ])('gives $case', ({ start, days, due }) => {
    expect(approvalStepDueAt(calendar, start, days).toISOString()).toBe(due.toISOString());
  });
});

describe('overdue steps', () => {
  /** Submitted on Friday 9 January: the first step is due by the end of Tuesday 13. */
  const pending = (id: string, submittedOn = '2026-01-09'): ApprovalRequestRecord =>
    applyApprovalAction(
      draftMission(10, { id }),
      { action: 'submit', expectedVersion: 1, config: missionConfig, comment: null },
      { actor: requester, delegations: [], now: at(submittedOn), calendar },
    ).request;

  it.each([
    { now: at('2026-01-13', '23:59'), overdueHours: null },
    { now: at('2026-01-14', '00:00'), overdueHours: null },
    { now: at('2026-01-14', '00:30'), overdueHours: 0 },
    { now: at('2026-01-14', '10:00'), overdueHours: 10 },
  ])('reports the first step overdue by $overdueHours hours at $now', ({ now, overdueHours }) => {
    expect(findOverdueApprovalStep(pending('a'), now)?.overdueHours ?? null).toBe(overdueHours);
  });

  it.each(['draft', 'returned', 'approved', 'rejected', 'withdrawn'] as const)(
    'never reports a %s request',
    (status) => {
      expect(findOverdueApprovalStep({ ...pending('a'), status }, at('2026-02-01'))).toBeUndefined();
    },
  );

  it('lists the overdue steps of many requests for the sweeper, most overdue first', () => {
    const requests = [pending('late', '2026-01-12'), pending('in-time', '2026-01-16'), pending('later', '2026-01-09')];
    const overdue = overdueApprovalSteps(requests, at('2026-01-16', '12:00'));
    expect(overdue.map((step) => [step.requestId, step.stepIndex, step.approver.role])).toEqual([
      ['later', 0, 'establishment_admin'],
      ['late', 0, 'establishment_admin'],
    ]);
  });
});
