import { describe, expect, it } from 'vitest';
import {
  computeStaffingTable,
  staffingTableInputSchema,
  type BudgetedPostInput,
  type StaffedAssignment,
} from './staffing-table';

const hospital = '00000000-0000-4000-8000-000000000001';
const centre = '00000000-0000-4000-8000-000000000002';

const posts: BudgetedPostInput[] = [
  { establishmentId: hospital, specialtyCode: 'paediatrics', cadre: 'specialist', budgetedPosts: 3 },
  { establishmentId: hospital, specialtyCode: 'paediatrics', cadre: 'polyvalent_nurse', budgetedPosts: 6 },
  { establishmentId: centre, specialtyCode: null, cadre: 'midwife', budgetedPosts: 2 },
];

const staffed = (change: Partial<StaffedAssignment>): StaffedAssignment => ({
  establishmentId: hospital,
  specialtyCode: 'paediatrics',
  cadre: 'specialist',
  timeShare: 100,
  validFrom: '2024-01-01',
  validTo: null,
  ...change,
});

const assignments: StaffedAssignment[] = [
  staffed({}),
  staffed({ timeShare: 50 }),
  staffed({ validTo: '2025-02-28' }),
  staffed({ validFrom: '2025-04-01' }),
  ...Array.from({ length: 7 }, () => staffed({ cadre: 'polyvalent_nurse' })),
  staffed({ establishmentId: centre, specialtyCode: null, cadre: 'midwife', timeShare: 80 }),
  staffed({ establishmentId: centre, specialtyCode: null, cadre: 'general_practitioner' }),
];

describe('computeStaffingTable', () => {
  const table = computeStaffingTable(posts, assignments, '2025-03-15');
  const row = (establishmentId: string, cadre: string) =>
    table.rows.find((item) => item.establishmentId === establishmentId && item.cadre === cadre);

  it.each([
    {
      name: 'counts only assignments active on the day, by time share',
      establishmentId: hospital,
      cadre: 'specialist',
      expected: { budgeted: 3, filled: 1.5, vacant: 1.5, overStaffed: 0, assignmentCount: 2 },
    },
    {
      name: 'shows over-staffing when more are assigned than budgeted',
      establishmentId: hospital,
      cadre: 'polyvalent_nurse',
      expected: { budgeted: 6, filled: 7, vacant: 0, overStaffed: 1, assignmentCount: 7 },
    },
    {
      name: 'counts a part-time midwife as 0.8 of a post',
      establishmentId: centre,
      cadre: 'midwife',
      expected: { budgeted: 2, filled: 0.8, vacant: 1.2, overStaffed: 0, assignmentCount: 1 },
    },
    {
      name: 'adds a row with 0 budgeted for an assignment on no budgeted post',
      establishmentId: centre,
      cadre: 'general_practitioner',
      expected: { budgeted: 0, filled: 1, vacant: 0, overStaffed: 1, assignmentCount: 1 },
    },
  ])('$name', ({ establishmentId, cadre, expected }) => {
    expect(row(establishmentId, cadre)).toMatchObject(expected);
  });

  it('totals every row', () => {
    expect(table.totals).toEqual({ budgeted: 11, filled: 10.3, vacant: 2.7, overStaffed: 2, assignmentCount: 11 });
  });

  it('shows every budgeted post as vacant before anyone is assigned', () => {
    expect(computeStaffingTable(posts, assignments, '2023-12-31').totals).toEqual({
      budgeted: 11,
      filled: 0,
      vacant: 11,
      overStaffed: 0,
      assignmentCount: 0,
    });
  });
});

describe('staffingTableInputSchema', () => {
  it.each<{ name: string; posts: unknown[]; paths: string[] }>([
    { name: 'accepts distinct posts', posts, paths: [] },
    { name: 'rejects the same post twice', posts: [...posts, { ...posts[0], budgetedPosts: 1 }], paths: ['posts.3'] },
    {
      name: 'rejects a negative number of posts',
      posts: [{ ...posts[0], budgetedPosts: -1 }],
      paths: ['posts.0.budgetedPosts'],
    },
    { name: 'rejects an unknown cadre', posts: [{ ...posts[0], cadre: 'surgeon' }], paths: ['posts.0.cadre'] },
    { name: 'rejects an unknown field', posts: [{ ...posts[0], salary: 1 }], paths: ['posts.0'] },
  ])('$name', ({ posts: input, paths }) => {
    const result = staffingTableInputSchema.safeParse({ posts: input });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(paths);
  });
});
