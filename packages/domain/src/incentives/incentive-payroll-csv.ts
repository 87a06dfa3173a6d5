import { toCsv } from '../lib/csv';
import { centimesToDirhams, incentiveActivities, type IncentiveActivity } from './incentive-rules';

/**
 * The payroll file of a month (issue #5 §7): one row per validated statement, amounts in MAD with two decimals and a
 * dot, one column per activity (after caps) and the total. Column names are stable snake_case for payroll imports.
 */
export const incentivePayrollCsvColumns = [
  'staff_id',
  'cin',
  'family_name',
  'given_name',
  'cadre',
  'establishment_code',
  'establishment',
  'month',
  ...incentiveActivities.map((activity) => `amount_${activity}`),
  'total',
] as const;

/** One validated statement as the payroll file needs it. */
export interface IncentivePayrollRow {
  staffId: string;
  cin: string | null;
  familyName: string | null;
  givenName: string | null;
  cadre: string;
  establishmentCode: string | null;
  establishmentName: string | null;
  month: string;
  /** Paid per activity, after the caps: the line totals summed by activity. */
  amountsByActivity: Partial<Record<IncentiveActivity, number>>;
  totalCentimes: number;
}

/** The payroll CSV (RFC 4180, formula-guarded cells, header first). */
export function toIncentivePayrollCsv(rows: readonly IncentivePayrollRow[]): string {
  return toCsv([
    incentivePayrollCsvColumns,
    ...rows.map((row) => [
      row.staffId,
      row.cin,
      row.familyName,
      row.givenName,
      row.cadre,
      row.establishmentCode,
      row.establishmentName,
      row.month,
      ...incentiveActivities.map((activity) => centimesToDirhams(row.amountsByActivity[activity] ?? 0)),
      centimesToDirhams(row.totalCentimes),
    ]),
  ]);
}
