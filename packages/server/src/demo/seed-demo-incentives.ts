import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { moroccoDay } from '@tansiq/domain';
import { insertAuditEvent, insertIncentiveRuleSet, queryRows, type Db } from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';
import { computeIncentiveMonth } from '../incentives';
import { demoIncentiveRuleSet } from './demo-incentive-rules';

/**
 * Seeds the demonstration's pay-per-act rules and computes the statements of the current month (its published
 * rosters, tele-expertise answers, teleconsultations, counter-referrals and consultations), left for the HR officer to
 * validate. Runs once: nothing is written when the GST already has rules.
 */
export async function seedDemoIncentives(
  db: Db,
  gstId: string,
  now = new Date(),
): Promise<{ ruleSets: number; statements: number }> {
  const [existing] = await queryRows(
    db,
    sql`select count(*)::int as n from incentive_rule_sets where gst_id = ${gstId}`,
  );
  if (Number(existing?.n ?? 0) > 0) {
    return { ruleSets: 0, statements: 0 };
  }
  const month = moroccoDay(now).slice(0, 7);
  const ruleSet = { ...demoIncentiveRuleSet(), effectiveMonth: `${month.slice(0, 4)}-01` };
  return db.transaction(async (tx) => {
    const id = randomUUID();
    await insertIncentiveRuleSet(tx, gstId, { id, ruleSet, createdBy: null });
    const result = await computeIncentiveMonth(tx, { gstId, month }, { computedBy: null, isDemo: true });
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'incentive_rules.seed',
      entityType: 'incentive_rule_set',
      entityId: id,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { month, statements: result.computed, totalCentimes: result.totalCentimes },
    });
    return { ruleSets: 1, statements: result.computed };
  });
}
