import { sql, type SQL } from 'drizzle-orm';
import {
  interpolatePercentile,
  MINIMUM_DELAY_OBSERVATIONS,
  type Delay,
  type IndicatorGrouping,
  type ReferralMeasures,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText } from '../lib/rows';
import { analyticalRows } from './analytical-rows';
import { selectionWhere, sideJoin, type IndicatorSelection } from './indicator-filters';

const delaySteps = {
  acceptance: 'accepted_at',
  appointment: 'first_booked_at',
  attendance: 'attended_at',
  counterReferral: 'counter_referred_at',
} as const;
type DelayStep = keyof typeof delaySteps;
const stepNames = Object.keys(delaySteps) as DelayStep[];

/** Each step's delays of a group as an int[] of whole minutes from sending: exact to the minute. */
const delayArrays = () =>
  sql.raw(
    stepNames
      .map((name) => {
        const column = delaySteps[name];
        const minutes = `round(date_part('epoch', r.${column} - r.sent_at) / 60)::int`;
        // Quoted: an unquoted alias is folded to lower case, and `counterReferral` would not be found.
        return `array_agg(${minutes}) filter (where r.${column} is not null) as "${name}"`;
      })
      .join(', '),
  );

/** Each array of `from` sorted by intarray's sort(int[]) (in C, ADR 0017). */
const sortedArrays = (from: (name: string) => string) =>
  sql.raw(stepNames.map((name) => `sort(${from(name)}) as "${name}"`).join(', '));

/**
 * The order statistics interpolatePercentile reads, for the median and the 90th percentile of each step's sorted
 * delays in `s`: at 0-based ranks ⌊p(n − 1)⌋ and the next one (null past the end).
 */
const delayRanks = () =>
  sql.raw(
    stepNames
      .map((name) => {
        const at = (p: number, next: 0 | 1) =>
          `s."${name}"[floor(${p} * (cardinality(s."${name}") - 1))::int + ${1 + next}]`;
        return `array[${at(0.5, 0)}, ${at(0.5, 1)}, ${at(0.9, 0)}, ${at(0.9, 1)}] as "${name}"`;
      })
      .join(', '),
  );

/**
 * The delay order statistics of a selection per group (keyed by `key`, formatted by `formatKey`) and for the whole
 * selection (key null). One index-only scan hashes each referral's delays into its group's arrays; intarray sorts
 * each array, and the totals' are the groups' arrays put together and sorted once. A tuple sort per step and group
 * (percentile_cont) cost several times more: ~1.3 million delays in a 12-month GST selection.
 */
export function referralDelayRanks(
  executor: Executor,
  selection: IndicatorSelection,
  groupBy: IndicatorGrouping,
  key: SQL,
  formatKey: (column: string) => string,
): Promise<Record<string, unknown>[]> {
  return analyticalRows(
    executor,
    sql`with cells as (
        select ${key} as key, ${delayArrays()}
        from referrals r ${sideJoin('r', selection, groupBy)}
        where ${selectionWhere('r', 'sent_at', selection)}
        group by 1)
      select ${sql.raw(formatKey('c.key'))} as key, ${delayRanks()}
      from cells c cross join lateral (select ${sortedArrays((name) => `c."${name}"`)} offset 0) s
      union all
      select null, ${delayRanks()}
      from (select ${sortedArrays((name) => `array(select unnest(a."${name}") from cells a)`)} offset 0) s`,
  );
}

/** An int[] column: node-postgres and PGlite parse it to numbers; a text form is read just in case. */
const numbers = (value: unknown): (number | null)[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.replace(/[{}]/g, '').split(',') : []).map(
    (item: unknown) => (item == null || item === 'NULL' ? null : Number(item)),
  );

const inDays = (minutes: number) => Math.round((minutes / 1440) * 100) / 100;

/** Median and p90 in days of a step reached `observations` times; null below MINIMUM_DELAY_OBSERVATIONS. */
function delay(row: Record<string, unknown> | undefined, step: DelayStep, observations: number): Delay {
  const [medianLow, medianHigh, p90Low, p90High] = numbers(row?.[step]);
  if (observations < MINIMUM_DELAY_OBSERVATIONS || medianLow == null || p90Low == null) {
    return { median: null, p90: null };
  }
  return {
    median: inDays(interpolatePercentile(0.5, observations, medianLow, medianHigh ?? null)),
    p90: inDays(interpolatePercentile(0.9, observations, p90Low, p90High ?? null)),
  };
}

/** The delays of a group (or of the totals) from its order statistics and the counts of referrals at each step. */
export function toDelays(
  row: Record<string, unknown> | undefined,
  reached: Record<DelayStep, number>,
): ReferralMeasures['delays'] {
  return {
    acceptance: delay(row, 'acceptance', reached.acceptance),
    appointment: delay(row, 'appointment', reached.appointment),
    attendance: delay(row, 'attendance', reached.attendance),
    counterReferral: delay(row, 'counterReferral', reached.counterReferral),
  };
}

/** The delay rows by group key, and the totals' row. */
export function delaysByKey(rows: Record<string, unknown>[]) {
  return {
    byKey: new Map(rows.filter((row) => row.key != null).map((row) => [asText(row.key), row])),
    totals: rows.find((row) => row.key == null),
  };
}
