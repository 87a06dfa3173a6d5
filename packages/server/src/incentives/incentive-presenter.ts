import type { IncentiveStatementDetail, IncentiveStatementLineView, IncentiveStatementSummary } from '@tansiq/domain';
import type { IncentiveStatementRow } from '@tansiq/db';

/** A statement as lists show it: nothing about the staff member beyond id, name and cadre. */
export const presentIncentiveStatementSummary = (row: IncentiveStatementRow): IncentiveStatementSummary => ({
  id: row.id,
  gstId: row.gstId,
  month: row.month,
  status: row.status,
  version: row.version,
  staffMember: row.staffMember,
  establishment: row.establishment,
  activityCount: row.activityCount,
  grossCentimes: row.grossCentimes,
  totalCentimes: row.totalCentimes,
  computedAt: row.computedAt,
  validatedAt: row.validatedAt,
  exportedAt: row.exportedAt,
});

/** A statement with its lines and their activities (ids, kinds, dates, establishments: never a patient). */
export const presentIncentiveStatementDetail = (
  row: IncentiveStatementRow,
  lines: IncentiveStatementLineView[],
): IncentiveStatementDetail => ({
  ...presentIncentiveStatementSummary(row),
  ruleSetVersion: row.ruleSetVersion,
  monthlyCapCentimes: row.monthlyCapCentimes,
  ruleCapCutCentimes: row.ruleCapCutCentimes,
  monthlyCapCutCentimes: row.monthlyCapCutCentimes,
  unmatchedCount: row.unmatchedCount,
  validatedByName: row.validatedByName,
  lines,
});
