import { sql } from 'drizzle-orm';
import { incentiveRuleSetSchema, type IncentiveRuleSet, type IncentiveRuleSetVersion } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso } from '../lib/rows';

const parseRuleSet = (value: unknown): IncentiveRuleSet =>
  incentiveRuleSetSchema.parse(typeof value === 'string' ? JSON.parse(value) : value);

/** Every stored version of a GST's incentive rules, newest first. */
export async function listIncentiveRuleSetVersions(
  executor: Executor,
  gstId: string,
): Promise<IncentiveRuleSetVersion[]> {
  const rows = await queryRows(
    executor,
    sql`select s.id, s.rule_set, s.created_at, u.display_name
      from incentive_rule_sets s left join users u on u.id = s.created_by
      where s.gst_id = ${gstId}
      order by s.version desc`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    ruleSet: parseRuleSet(row.rule_set),
    createdAt: toIso(row.created_at as Date | string),
    createdByName: asTextOrNull(row.display_name),
  }));
}

/** The latest stored version number of a GST's rules; 0 when none. */
export async function findLatestIncentiveRuleSetVersion(executor: Executor, gstId: string): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`select coalesce(max(version), 0)::int as version from incentive_rule_sets where gst_id = ${gstId}`,
  );
  return Number(row?.version ?? 0);
}

/** Stores a version; false when that version already exists (a concurrent save won: the caller answers 409). */
export async function insertIncentiveRuleSet(
  executor: Executor,
  gstId: string,
  input: { id: string; ruleSet: IncentiveRuleSet; createdBy: string | null },
): Promise<boolean> {
  const { ruleSet } = input;
  const rows = await queryRows(
    executor,
    sql`insert into incentive_rule_sets (gst_id, id, version, effective_month, rule_set, created_by)
      values (${gstId}, ${input.id}, ${ruleSet.version}, ${ruleSet.effectiveMonth}, ${JSON.stringify(ruleSet)}::jsonb,
        ${input.createdBy})
      on conflict (gst_id, version) do nothing
      returning id`,
  );
  return rows.length === 1;
}
