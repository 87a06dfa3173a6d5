import { describe, expect, it } from 'vitest';
import type { AssignmentPeriod } from './staff-assignment';
import { checkStaffAvailability, type StaffSchedule } from './staff-availability';

const primary: AssignmentPeriod = {
  id: 'p',
  establishmentId: '00000000-0000-4000-8000-000000000001',
  kind: 'primary',
  timeShare: 80,
  validFrom: '2024-01-01',
  validTo: null,
};
const schedule: StaffSchedule = {
  employment: { employedFrom: '2020-01-01', employedTo: '2030-12-31' },
  leaves: [{ id: 'l', kind: 'maternity', startsOn: '2025-05-01', endsOn: '2025-07-31' }],
  assignments: [primary],
};

describe('checkStaffAvailability', () => {
  it.each<{ name: string; from: string; to: string; timeShare?: number; conflicts: string[] }>([
    { name: 'is available on a day without leave', from: '2025-04-30', to: '2025-04-30', conflicts: [] },
    {
      name: 'is not available on the first day of a leave',
      from: '2025-04-28',
      to: '2025-05-01',
      conflicts: ['leave'],
    },
    {
      name: 'is not available after the employment ends',
      from: '2030-12-30',
      to: '2031-01-02',
      conflicts: ['not_employed'],
    },
    {
      name: 'is not available before the employment starts',
      from: '2019-12-31',
      to: '2020-01-01',
      conflicts: ['not_employed'],
    },
    { name: 'has room for a 20 % mission', from: '2025-09-01', to: '2025-09-30', timeShare: 20, conflicts: [] },
    {
      name: 'has no room for a 30 % mission',
      from: '2025-09-01',
      to: '2025-09-30',
      timeShare: 30,
      conflicts: ['time_share_exceeded'],
    },
    {
      name: 'reports every conflict at once',
      from: '2025-07-01',
      to: '2025-08-31',
      timeShare: 50,
      conflicts: ['leave', 'time_share_exceeded'],
    },
  ])('$name', ({ from, to, timeShare, conflicts }) => {
    const result = checkStaffAvailability(schedule, { from, to }, timeShare === undefined ? {} : { timeShare });
    expect(result.conflicts.map((conflict) => conflict.kind)).toEqual(conflicts);
    expect(result.available).toBe(conflicts.length === 0);
  });

  it('names the assignments that leave no room', () => {
    const result = checkStaffAvailability(schedule, { from: '2025-09-01', to: '2025-09-30' }, { timeShare: 30 });
    expect(result.conflicts).toEqual([{ kind: 'time_share_exceeded', peak: 110, assignments: [primary] }]);
  });

  it('ignores an assignment that ended before the interval', () => {
    const ended = { ...schedule, assignments: [{ ...primary, validTo: '2025-08-31' }] };
    expect(checkStaffAvailability(ended, { from: '2025-09-01', to: '2025-09-30' }, { timeShare: 100 }).available).toBe(
      true,
    );
  });
});
