import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error';
import type { AssignmentPeriod } from './staff-assignment';
import {
  assertStaffAssignmentChange,
  findStaffAssignmentViolations,
  type StaffAssignmentContext,
  type StaffAssignmentRule,
} from './staff-assignment-rules';

const hospital = '00000000-0000-4000-8000-000000000001';
const centre = '00000000-0000-4000-8000-000000000002';
const closed = '00000000-0000-4000-8000-000000000003';
const planned = '00000000-0000-4000-8000-000000000004';

const context: StaffAssignmentContext = {
  establishments: [
    { id: hospital, status: 'active', closedOn: null },
    { id: centre, status: 'active', closedOn: null },
    { id: closed, status: 'closed', closedOn: '2025-07-01' },
    { id: planned, status: 'planned', closedOn: null },
  ],
  employment: { employedFrom: '2020-01-01', employedTo: null },
};

const assignment = (id: string | null, change: Partial<AssignmentPeriod> = {}): AssignmentPeriod => ({
  id,
  establishmentId: hospital,
  kind: 'primary',
  timeShare: 100,
  validFrom: '2025-01-01',
  validTo: null,
  ...change,
});

const primary80 = assignment('p', { timeShare: 80 });

describe('findStaffAssignmentViolations', () => {
  it.each<{ name: string; assignments: AssignmentPeriod[]; rules: StaffAssignmentRule[] }>([
    { name: 'accepts one open-ended primary', assignments: [assignment('p')], rules: [] },
    {
      name: 'accepts a primary at 80 % and an additional at 20 % elsewhere',
      assignments: [primary80, assignment('a', { kind: 'additional', timeShare: 20, establishmentId: centre })],
      rules: [],
    },
    {
      name: 'accepts a primary that moves on the day after the previous one ends',
      assignments: [
        assignment('p1', { validTo: '2025-03-31' }),
        assignment('p2', { validFrom: '2025-04-01', establishmentId: centre }),
      ],
      rules: [],
    },
    {
      name: 'refuses two primaries sharing one day',
      assignments: [
        assignment('p1', { validTo: '2025-04-01', timeShare: 50 }),
        assignment('p2', { validFrom: '2025-04-01', timeShare: 50 }),
      ],
      rules: ['single_primary'],
    },
    {
      name: 'refuses an additional assignment on days without a primary',
      assignments: [
        assignment('p', { validTo: '2025-06-30' }),
        assignment('a', { kind: 'additional', timeShare: 10, validFrom: '2025-06-01' }),
      ],
      rules: ['time_share_exceeded', 'primary_missing'],
    },
    {
      name: 'refuses 80 % + 30 % on the overlap of an open-ended additional',
      assignments: [primary80, assignment('a', { kind: 'additional', timeShare: 30, validFrom: '2026-01-01' })],
      rules: ['time_share_exceeded'],
    },
    {
      name: 'refuses three additionals that exceed 100 % only where all overlap',
      assignments: [
        assignment('p', { timeShare: 40 }),
        assignment('a', { kind: 'additional', timeShare: 30, validTo: '2025-02-28' }),
        assignment('b', { kind: 'additional', timeShare: 30, validFrom: '2025-02-15', validTo: '2025-03-31' }),
        assignment('c', { kind: 'additional', timeShare: 10, validFrom: '2025-02-20' }),
      ],
      rules: ['time_share_exceeded'],
    },
    {
      name: 'refuses an assignment ending before it starts',
      assignments: [assignment('p', { validTo: '2024-12-31' })],
      rules: ['dates_ordered'],
    },
    {
      name: 'refuses an open-ended assignment in an establishment closed on 2025-07-01',
      assignments: [assignment('p', { establishmentId: closed })],
      rules: ['establishment_not_open'],
    },
    {
      name: 'refuses an assignment running on the closing day',
      assignments: [assignment('p', { establishmentId: closed, validTo: '2025-07-01' })],
      rules: ['establishment_not_open'],
    },
    {
      name: 'keeps a past assignment that ended before the closure',
      assignments: [assignment('p', { establishmentId: closed, validTo: '2025-06-30' })],
      rules: [],
    },
    {
      name: 'refuses an assignment in a planned establishment',
      assignments: [assignment('p', { establishmentId: planned })],
      rules: ['establishment_not_open'],
    },
    {
      name: 'refuses an assignment in an unknown establishment',
      assignments: [assignment('p', { establishmentId: '00000000-0000-4000-8000-000000000009' })],
      rules: ['establishment_not_open'],
    },
    {
      name: 'refuses an assignment starting before the employment',
      assignments: [assignment('p', { validFrom: '2019-12-31' })],
      rules: ['outside_employment'],
    },
  ])('$name', ({ assignments, rules }) => {
    expect(
      findStaffAssignmentViolations(assignments, context)
        .map((found) => found.rule)
        .sort(),
    ).toEqual([...rules].sort());
  });

  it('refuses an open-ended assignment when the employment ends', () => {
    const ending = { ...context, employment: { employedFrom: '2020-01-01', employedTo: '2030-12-31' } };
    expect(findStaffAssignmentViolations([assignment('p')], ending).map((found) => found.rule)).toEqual([
      'outside_employment',
    ]);
    expect(findStaffAssignmentViolations([assignment('p', { validTo: '2030-12-31' })], ending)).toEqual([]);
  });
});

const caught = (run: () => void): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an AppError');
};

describe('assertStaffAssignmentChange', () => {
  it('names the rule, the new assignment and the one it conflicts with in a 422', () => {
    const extra = assignment(null, {
      kind: 'additional',
      timeShare: 30,
      establishmentId: centre,
      validFrom: '2025-03-01',
      validTo: '2025-05-31',
    });
    const error = caught(() => assertStaffAssignmentChange([primary80], extra, context));
    expect(error.code).toBe('unprocessable');
    expect(error.details).toEqual({
      rule: 'time_share_exceeded',
      assignment: extra,
      conflictingAssignments: [primary80],
      from: '2025-03-01',
      to: '2025-05-31',
    });
    expect(error.issues).toEqual([
      {
        path: ['timeShare'],
        message: 'The time shares add up to 110 % on these dates (100 % at most)',
        code: 'time_share_exceeded',
      },
    ]);
  });

  it('refuses to end a primary while an additional assignment goes on', () => {
    const additional = assignment('a', { kind: 'additional', timeShare: 20, establishmentId: centre });
    const error = caught(() =>
      assertStaffAssignmentChange([primary80, additional], { ...primary80, validTo: '2025-12-31' }, context),
    );
    expect(error.details).toMatchObject({
      rule: 'primary_missing',
      assignment: additional,
      from: '2026-01-01',
      to: null,
    });
  });

  it('accepts an edit that lowers a time share', () => {
    const additional = assignment('a', { kind: 'additional', timeShare: 20, establishmentId: centre });
    expect(() =>
      assertStaffAssignmentChange([primary80, additional], { ...additional, timeShare: 10 }, context),
    ).not.toThrow();
  });

  it('does not block a change because of a problem already stored', () => {
    const stored = [assignment('p', { establishmentId: closed, timeShare: 50 })];
    const extra = assignment(null, {
      kind: 'additional',
      timeShare: 10,
      establishmentId: centre,
      validTo: '2025-01-31',
    });
    expect(() => assertStaffAssignmentChange(stored, extra, context)).not.toThrow();
  });

  it('refuses a new assignment in a closed establishment', () => {
    const error = caught(() => assertStaffAssignmentChange([], assignment(null, { establishmentId: closed }), context));
    expect(error.details).toMatchObject({ rule: 'establishment_not_open', conflictingAssignments: [] });
  });
});
