import { randomUUID } from 'node:crypto';
import {
  computeIncentiveStatement,
  incentiveRuleSetInForce,
  unprocessable,
  type IncentiveComputationResult,
  type RecordedActivity,
} from '@tansiq/domain';
import {
  deleteComputedStatements,
  listCareActActivities,
  listEncounterActivities,
  listEstablishmentTypes,
  listIncentiveRuleSetVersions,
  listIncentiveStaff,
  listPaidSourceKeys,
  listPublishedShiftActivities,
  listStoredStatementKeys,
  lockIncentiveMonth,
  writeIncentiveStatements,
  type IncentiveStatementWrite,
  type StaffActivityRow,
  type Tx,
} from '@tansiq/db';

/** What to compute: a GST's month, for all its staff or those whose primary establishment is one establishment. */
export interface IncentiveMonthScope {
  gstId: string;
  month: string;
  establishmentId?: string;
}

function groupByStaff(rows: readonly StaffActivityRow[], skip: ReadonlySet<string>): Map<string, RecordedActivity[]> {
  const byStaff = new Map<string, RecordedActivity[]>();
  for (const { staffMemberId, activity } of rows) {
    if (skip.has(`${activity.sourceType}:${activity.sourceId}`)) {
      continue;
    }
    const list = byStaff.get(staffMemberId);
    if (list) {
      list.push(activity);
    } else {
      byStaff.set(staffMemberId, [activity]);
    }
  }
  return byStaff;
}

/**
 * Computes the statements of a month in one transaction (no access check: the caller's job). Reads are set-based (one
 * query per kind of activity for the whole GST and month); statements are written in bulk. Validated and exported
 * statements are kept as they are, and the activities they paid are not paid again; computed statements are replaced,
 * or removed when their person has no activity left. Staff with no recorded activity get no statement.
 * @throws AppError unprocessable when no rules are in force for the month.
 */
export async function computeIncentiveMonth(
  tx: Tx,
  scope: IncentiveMonthScope,
  options: { computedBy: string | null; isDemo?: boolean },
): Promise<Omit<IncentiveComputationResult, 'durationMs'>> {
  const { gstId, month } = scope;
  const versions = await listIncentiveRuleSetVersions(tx, gstId);
  const inForce = incentiveRuleSetInForce(
    versions.map((version) => ({ ...version.ruleSet, id: version.id })),
    month,
  );
  if (inForce === undefined) {
    throw unprocessable('No incentive rules are in force for this month', [
      { path: ['month'], message: 'Save rules taking effect in or before this month first' },
    ]);
  }
  await lockIncentiveMonth(tx, gstId, month);
  const staff = await listIncentiveStaff(tx, gstId, month, scope.establishmentId);
  const inScope = new Set(staff.map((member) => member.staffMemberId));
  const stored = (await listStoredStatementKeys(tx, gstId, month)).filter(
    (statement) => scope.establishmentId === undefined || inScope.has(statement.staffMemberId),
  );
  const kept = stored.filter((statement) => statement.status !== 'computed');
  const keptStaff = new Set(kept.map((statement) => statement.staffMemberId));
  const paid = await listPaidSourceKeys(
    tx,
    gstId,
    kept.map((statement) => statement.id),
  );
  const types = await listEstablishmentTypes(tx, gstId);
  const activities = groupByStaff(
    [
      ...(await listPublishedShiftActivities(tx, gstId, month, types)),
      ...(await listCareActActivities(tx, gstId, month, types)),
      ...(await listEncounterActivities(tx, gstId, month, types)),
    ],
    paid,
  );
  const storedIds = new Map(stored.map((statement) => [statement.staffMemberId, statement.id]));
  const writes: IncentiveStatementWrite[] = [];
  for (const member of staff) {
    const own = activities.get(member.staffMemberId);
    if (own === undefined || keptStaff.has(member.staffMemberId)) {
      continue;
    }
    writes.push({
      id: storedIds.get(member.staffMemberId) ?? randomUUID(),
      staffMemberId: member.staffMemberId,
      establishmentId: member.establishmentId,
      cadre: member.cadre,
      activityCount: own.length,
      computation: computeIncentiveStatement(inForce, member.cadre, own),
    });
  }
  const written = new Set(writes.map((write) => write.staffMemberId));
  const removed = await deleteComputedStatements(
    tx,
    gstId,
    stored
      .filter((statement) => statement.status === 'computed' && !written.has(statement.staffMemberId))
      .map((statement) => statement.id),
  );
  const ruleSetScope = {
    gstId,
    month,
    ruleSetId: inForce.id,
    ruleSetVersion: inForce.version,
    monthlyCap: inForce.monthlyCapCentimes,
  };
  const saved = await writeIncentiveStatements(tx, ruleSetScope, writes, options);
  return {
    month,
    ruleSetVersion: inForce.version,
    computed: saved.length,
    kept: kept.length,
    removed,
    activityCount: saved.reduce((sum, write) => sum + write.activityCount, 0),
    totalCentimes: saved.reduce((sum, write) => sum + write.computation.totalCentimes, 0),
  };
}
