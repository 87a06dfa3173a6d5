import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import {
  assertLeaveChange,
  findLeaveViolations,
  leaveInputSchema,
  type LeavePeriod,
  type LeaveRule,
} from './staff-leave';

const employment = { employedFrom: '2020-01-01', employedTo: '2030-12-31' };
const leave = (
  id: string | null,
  startsOn: string,
  endsOn: string,
  kind: LeavePeriod['kind'] = 'annual',
): LeavePeriod => ({
  id,
  kind,
  startsOn,
  endsOn,
});
const summer = leave('s', '2025-07-01', '2025-07-22');

describe('leaveInputSchema', () => {
  it.each<{ name: string; input: Record<string, unknown>; paths: string[] }>([
    {
      name: 'accepts a one-day sick leave',
      input: { kind: 'sick', startsOn: '2025-03-03', endsOn: '2025-03-03' },
      paths: [],
    },
    {
      name: 'rejects a leave ending before it starts',
      input: { kind: 'annual', startsOn: '2025-03-03', endsOn: '2025-03-02' },
      paths: ['endsOn'],
    },
    {
      name: 'rejects an unknown kind',
      input: { kind: 'holiday', startsOn: '2025-03-03', endsOn: '2025-03-04' },
      paths: ['kind'],
    },
    {
      name: 'rejects an unknown field',
      input: { kind: 'sick', startsOn: '2025-03-03', endsOn: '2025-03-04', paid: true },
      paths: [''],
    },
  ])('$name', ({ input, paths }) => {
    const result = leaveInputSchema.safeParse(input);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(paths);
  });
});

describe('findLeaveViolations', () => {
  it.each<{ name: string; leaves: LeavePeriod[]; rules: LeaveRule[] }>([
    {
      name: 'accepts leaves that follow each other',
      leaves: [summer, leave('t', '2025-07-23', '2025-07-25', 'training')],
      rules: [],
    },
    {
      name: 'refuses two leaves sharing their last and first day',
      leaves: [summer, leave('t', '2025-07-22', '2025-07-25', 'sick')],
      rules: ['leave_overlap'],
    },
    {
      name: 'refuses a leave inside another',
      leaves: [summer, leave('t', '2025-07-10', '2025-07-11', 'sick')],
      rules: ['leave_overlap'],
    },
    {
      name: 'refuses a leave before the employment',
      leaves: [leave('x', '2019-12-30', '2020-01-03')],
      rules: ['outside_employment'],
    },
    {
      name: 'refuses a leave after the employment',
      leaves: [leave('x', '2030-12-31', '2031-01-03')],
      rules: ['outside_employment'],
    },
    {
      name: 'refuses a leave ending before it starts',
      leaves: [leave('x', '2025-01-03', '2025-01-02')],
      rules: ['dates_ordered'],
    },
  ])('$name', ({ leaves, rules }) => {
    expect(findLeaveViolations(leaves, employment).map((found) => found.rule)).toEqual(rules);
  });
});

describe('assertLeaveChange', () => {
  it('names the overlapping leave in a 422', () => {
    const sick = leave(null, '2025-07-20', '2025-07-24', 'sick');
    try {
      assertLeaveChange([summer], sick, employment);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'unprocessable',
        details: { rule: 'leave_overlap', leave: sick, conflictingLeave: summer },
      });
    }
  });

  it('lets a stored leave be moved over its own old dates', () => {
    expect(() => assertLeaveChange([summer], { ...summer, endsOn: '2025-07-29' }, employment)).not.toThrow();
  });
});
