import { z } from 'zod';
import { specialtyCodes } from '../establishments/specialties';
import { cadreSchema, type Cadre } from './cadres';
import { isActiveOn } from './staff-assignment';

/**
 * The staffing table (tableau des effectifs, issue #5 §2): budgeted posts per establishment, service and cadre. A
 * service is a specialty of the establishment, or null for posts of the whole establishment (administration, etc.).
 */
export const budgetedPostInputSchema = z.strictObject({
  establishmentId: z.uuid(),
  specialtyCode: z
    .enum(specialtyCodes as [string, ...string[]])
    .nullable()
    .default(null),
  cadre: cadreSchema,
  budgetedPosts: z.number().min(0).max(10_000),
});
export type BudgetedPostInput = z.infer<typeof budgetedPostInputSchema>;

const postKey = (post: { establishmentId: string; specialtyCode: string | null; cadre: Cadre }): string =>
  `${post.establishmentId}|${post.specialtyCode ?? ''}|${post.cadre}`;

/** The budgeted posts of a GST as HR saves them; each establishment × service × cadre appears once. */
export const staffingTableInputSchema = z.strictObject({
  posts: z
    .array(budgetedPostInputSchema)
    .max(20_000)
    .superRefine((posts, context) => {
      const seen = new Set<string>();
      posts.forEach((post, index) => {
        if (seen.has(postKey(post))) {
          context.addIssue({
            code: 'custom',
            path: [index],
            message: 'This establishment, service and cadre is listed twice',
          });
        }
        seen.add(postKey(post));
      });
    }),
});
export type StaffingTableInput = z.infer<typeof staffingTableInputSchema>;

/** An assignment as the staffing table counts it: the assigned person's cadre and the assignment's service and share. */
export interface StaffedAssignment {
  establishmentId: string;
  specialtyCode: string | null;
  cadre: Cadre;
  timeShare: number;
  validFrom: string;
  validTo: string | null;
}

/** One line of the table; `filled` is in full-time equivalents (time shares of active assignments / 100). */
export interface StaffingTableRow {
  establishmentId: string;
  specialtyCode: string | null;
  cadre: Cadre;
  budgeted: number;
  filled: number;
  vacant: number;
  overStaffed: number;
  assignmentCount: number;
}

export type StaffingTableTotals = Pick<
  StaffingTableRow,
  'budgeted' | 'filled' | 'vacant' | 'overStaffed' | 'assignmentCount'
>;

export interface StaffingTable {
  day: string;
  rows: StaffingTableRow[];
  totals: StaffingTableTotals;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * Budgeted, filled, vacant and over-staffed posts on a day. Assignments count where their establishment, service and
 * cadre match exactly; those matching no budgeted post get a row with 0 budgeted, so they show as over-staffing.
 */
export function computeStaffingTable(
  posts: readonly BudgetedPostInput[],
  assignments: readonly StaffedAssignment[],
  day: string,
): StaffingTable {
  const rows = new Map<string, StaffingTableRow>();
  const rowFor = (item: { establishmentId: string; specialtyCode: string | null; cadre: Cadre }): StaffingTableRow => {
    const key = postKey(item);
    const row = rows.get(key) ?? {
      ...{ establishmentId: item.establishmentId, specialtyCode: item.specialtyCode, cadre: item.cadre },
      ...{ budgeted: 0, filled: 0, vacant: 0, overStaffed: 0, assignmentCount: 0 },
    };
    rows.set(key, row);
    return row;
  };
  for (const post of posts) {
    rowFor(post).budgeted += post.budgetedPosts;
  }
  for (const assignment of assignments.filter((item) => isActiveOn(item, day))) {
    const row = rowFor(assignment);
    row.filled += assignment.timeShare / 100;
    row.assignmentCount += 1;
  }
  const finished = [...rows.values()].map((row) => {
    const filled = round2(row.filled);
    return {
      ...row,
      filled,
      vacant: round2(Math.max(0, row.budgeted - filled)),
      overStaffed: round2(Math.max(0, filled - row.budgeted)),
    };
  });
  finished.sort((a, b) => postKey(a).localeCompare(postKey(b)));
  const totals = finished.reduce<StaffingTableTotals>(
    (sum, row) => ({
      budgeted: round2(sum.budgeted + row.budgeted),
      filled: round2(sum.filled + row.filled),
      vacant: round2(sum.vacant + row.vacant),
      overStaffed: round2(sum.overStaffed + row.overStaffed),
      assignmentCount: sum.assignmentCount + row.assignmentCount,
    }),
    { budgeted: 0, filled: 0, vacant: 0, overStaffed: 0, assignmentCount: 0 },
  );
  return { day, rows: finished, totals };
}
