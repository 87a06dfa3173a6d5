import { randomUUID } from 'node:crypto';
import {
  authorize,
  canManageIncentives,
  checkIncentiveRuleSet,
  conflict,
  incentiveRuleSetSchema,
  incentiveViewScope,
  unprocessable,
  worksInGst,
  type IncentiveRuleSetList,
  type IncentiveRuleSetVersion,
  type PutIncentiveRulesInput,
} from '@tansiq/domain';
import {
  findLatestIncentiveRuleSetVersion,
  insertAuditEvent,
  insertIncentiveRuleSet,
  listIncentiveRuleSetVersions,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';

/**
 * Every version of a GST's incentive rules: for whoever sees its statements (the rules explain every amount).
 * @throws AppError not_found (GST not visible), forbidden (no role that sees statements).
 */
export async function listIncentiveRules(
  db: Db,
  context: RequestContext,
  gstId: string,
): Promise<IncentiveRuleSetList> {
  authorize({
    visible: worksInGst(context.actor, gstId),
    allowed: incentiveViewScope(context.actor, gstId) !== null,
    entity: 'GST',
    gstId,
  });
  return { gstId, versions: await listIncentiveRuleSetVersions(db, gstId) };
}

/**
 * Saves the next version of a GST's rules, audited in the same transaction. Rules breaking a business rule, or taking
 * effect before the previous version, are 422; a version other than the latest + 1 (someone saved meanwhile) is 409.
 * Nothing is written on failure.
 * @throws AppError not_found, forbidden (not a GST HR officer), unprocessable, conflict.
 */
export async function saveIncentiveRules(
  db: Db,
  context: RequestContext,
  input: PutIncentiveRulesInput,
): Promise<IncentiveRuleSetVersion> {
  const { gstId } = input;
  authorize({
    visible: worksInGst(context.actor, gstId),
    allowed: canManageIncentives(context.actor, gstId),
    entity: 'GST',
    gstId,
  });
  const ruleSet = incentiveRuleSetSchema.parse(input.ruleSet);
  const issues = checkIncentiveRuleSet(ruleSet);
  if (issues.length > 0) {
    throw unprocessable('The rules are inconsistent', issues);
  }
  return db.transaction(async (tx) => {
    const latest = await findLatestIncentiveRuleSetVersion(tx, gstId);
    const stale = () =>
      conflict(`The rules are at version ${latest}; save version ${latest + 1}`, [
        { path: ['ruleSet', 'version'], message: `Expected version ${latest + 1}` },
      ]);
    if (ruleSet.version !== latest + 1) {
      throw stale();
    }
    const [previous] = await listIncentiveRuleSetVersions(tx, gstId);
    if (previous !== undefined && ruleSet.effectiveMonth < previous.ruleSet.effectiveMonth) {
      throw unprocessable('A new version cannot take effect before the previous one', [
        {
          path: ['ruleSet', 'effectiveMonth'],
          message: `Version ${previous.ruleSet.version} takes effect in ${previous.ruleSet.effectiveMonth}`,
        },
      ]);
    }
    const id = randomUUID();
    if (!(await insertIncentiveRuleSet(tx, gstId, { id, ruleSet, createdBy: context.actor.userId }))) {
      throw stale();
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'incentive_rules.save',
        entityType: 'incentive_rule_set',
        entityId: id,
        gstId,
        details: { version: ruleSet.version, effectiveMonth: ruleSet.effectiveMonth, rules: ruleSet.rules.length },
      }),
    );
    const saved = (await listIncentiveRuleSetVersions(tx, gstId)).find((version) => version.id === id);
    if (saved === undefined) {
      throw new Error('The incentive rules just saved cannot be read back');
    }
    return saved;
  });
}
