import { sql, type SQL } from 'drizzle-orm';
import {
  MINIMUM_DELAY_OBSERVATIONS,
  referralStatuses,
  type Delay,
  type IndicatorGrouping,
  type IndicatorSide,
  type ReferralIndicatorRow,
  type ReferralMeasures,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';
import { analyticalRows } from './analytical-rows';
import { selectionWhere, sideColumn, sideJoin, type IndicatorSelection } from './indicator-filters';

/** The group key of a grouping over `alias` (side establishment joined as `e`), read on `dateColumn` for months. */
function groupKey(alias: 'r' | 't', dateColumn: string, groupBy: IndicatorGrouping, side: IndicatorSide): SQL {
  switch (groupBy) {
    case 'specialty':
      return sql.raw(`${alias}.specialty_code`);
    case 'establishment':
      return sql`${sideColumn(alias, side)}::text`;
    case 'province':
      return sql`e.province_code`;
    case 'month':
      // Months in Morocco time, at the same fixed UTC+1 as the period bounds.
      return sql.raw(
        `to_char(date_trunc('month', (${alias}.${dateColumn} at time zone 'UTC') + interval '1 hour'), 'YYYY-MM')`,
      );
  }
}

const delaySteps = {
  acceptance: 'accepted_at',
  appointment: 'first_booked_at',
  attendance: 'attended_at',
  counterReferral: 'counter_referred_at',
} as const;

const delayColumns = () =>
  sql.join(
    Object.entries(delaySteps).map(([name, column]) => {
      const days = sql.raw(`extract(epoch from r.${column} - r.sent_at) / 86400`);
      // One sort per step for both percentiles.
      // Quoted: an unquoted alias is folded to lower case, and `counterReferral_delays` would not be found.
      return sql`percentile_cont(array[0.5, 0.9]) within group (order by ${days}) as ${sql.raw(`"${name}_delays"`)}`;
    }),
    sql`, `,
  );

const statusColumns = () =>
  sql.join(
    referralStatuses.map((status) =>
      sql.raw(`count(*) filter (where r.status = '${status}')::int as status_${status}`),
    ),
    sql`, `,
  );

/** Referrals that took a step at least once, from the events (a redirect sends the referral back to `sent`). */
const tookStep = (gstId: string, action: 'redirect' | 'no_show') =>
  sql`r.id in (select ev.referral_id from referral_events ev where ev.gst_id = ${gstId} and ev.action = ${action})`;

/**
 * The referral cells of a selection: per group, or the totals when `groupBy` is null. Groups and totals are two
 * queries run side by side (two connections on a server) rather than one `grouping sets`: the percentile sorts,
 * which dominate, then share the cores.
 */
function referralCells(executor: Executor, selection: IndicatorSelection, groupBy: IndicatorGrouping | null) {
  const key = groupBy ? groupKey('r', 'sent_at', groupBy, selection.side) : sql`null`;
  return analyticalRows(
    executor,
    sql`select ${groupBy ? sql`false` : sql`true`} as is_total, ${key} as key,
        count(*)::int as referrals, count(r.pathway_rank)::int as in_pathway,
        count(r.accepted_at)::int as accepted, count(r.declined_at)::int as declined,
        count(*) filter (where ${tookStep(selection.gstId, 'redirect')})::int as redirected,
        count(r.first_booked_at)::int as booked,
        count(*) filter (where ${tookStep(selection.gstId, 'no_show')})::int as no_shows,
        count(r.attended_at)::int as attended, count(r.counter_referred_at)::int as counter_referred,
        ${delayColumns()}, ${statusColumns()}
      from referrals r ${sideJoin('r', selection, groupBy)}
      where ${selectionWhere('r', 'sent_at', selection)}
      ${groupBy ? sql`group by 2` : sql``}`,
  );
}

function teleexpertiseCells(executor: Executor, selection: IndicatorSelection, groupBy: IndicatorGrouping) {
  const key = groupKey('t', 'created_at', groupBy, selection.side);
  return analyticalRows(
    executor,
    sql`select grouping(${key}) = 1 as is_total, ${key} as key,
        count(*)::int as requests, count(t.answered_at)::int as answered,
        percentile_cont(0.5) within group (order by extract(epoch from t.answered_at - t.created_at) / 3600)
          as median_hours,
        count(*) filter (where t.answer_kind = 'advice')::int as advice
      from teleexpertise_requests t ${sideJoin('t', selection, groupBy)}
      where ${selectionWhere('t', 'created_at', selection)}
      group by grouping sets ((${key}), ())`,
  );
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const rounded = (value: unknown, digits = 2) =>
  value == null ? null : Math.round(Number(value) * 10 ** digits) / 10 ** digits;

/** A float8[] column: node-postgres and PGlite parse it to numbers; a text form is read just in case. */
const numbers = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.replace(/[{}]/g, '').split(',') : [];

function delay(row: Record<string, unknown>, name: string, observations: number): Delay {
  const [median, p90] = numbers(row[`${name}_delays`]);
  const shown = observations >= MINIMUM_DELAY_OBSERVATIONS;
  return { median: shown ? rounded(median) : null, p90: shown ? rounded(p90) : null };
}

function toMeasures(
  row: Record<string, unknown> | undefined,
  tele: Record<string, unknown> | undefined,
): ReferralMeasures {
  const count = (name: string, from = row) => Number(from?.[name] ?? 0);
  const referrals = count('referrals');
  const answered = count('answered', tele);
  return {
    referrals,
    inPathway: count('in_pathway'),
    inPathwayShare: ratio(count('in_pathway'), referrals),
    accepted: count('accepted'),
    declined: count('declined'),
    redirected: count('redirected'),
    booked: count('booked'),
    noShows: count('no_shows'),
    attended: count('attended'),
    counterReferred: count('counter_referred'),
    declineRate: ratio(count('declined'), referrals),
    redirectRate: ratio(count('redirected'), referrals),
    noShowRate: ratio(count('no_shows'), count('booked')),
    counterReferralCompletion: ratio(count('counter_referred'), count('attended')),
    delays: {
      acceptance: delay(row ?? {}, 'acceptance', count('accepted')),
      appointment: delay(row ?? {}, 'appointment', count('booked')),
      attendance: delay(row ?? {}, 'attendance', count('attended')),
      counterReferral: delay(row ?? {}, 'counterReferral', count('counter_referred')),
    },
    teleexpertise: {
      requests: count('requests', tele),
      answered,
      medianResponseHours: answered >= MINIMUM_DELAY_OBSERVATIONS ? rounded(tele?.median_hours, 1) : null,
      adviceOnlyShare: ratio(count('advice', tele), answered),
    },
  };
}

/** Labels of group keys: specialty, establishment or province names; months have none. */
async function groupLabels(executor: Executor, gstId: string, groupBy: IndicatorGrouping, keys: string[]) {
  const list = `{${keys.map((key) => `"${key}"`).join(',')}}`;
  const query = {
    specialty: sql`select code as key, name_fr, name_ar from specialties where code = any(${list}::text[])`,
    establishment: sql`select id::text as key, name_fr, name_ar from establishments
      where gst_id = ${gstId} and id = any(${list}::uuid[])`,
    province: sql`select code as key, name_fr, name_ar from provinces where code = any(${list}::text[])`,
    month: null,
  }[groupBy];
  const rows = query && keys.length > 0 ? await queryRows(executor, query) : [];
  return new Map(
    rows.map((row) => [asText(row.key), { fr: asTextOrNull(row.name_fr), ar: asTextOrNull(row.name_ar) }]),
  );
}

/**
 * Referral indicators of a selection per group, with the totals: counts, shares, rates and delay percentiles (days
 * from sending; null when fewer than MINIMUM_DELAY_OBSERVATIONS referrals reached the step), and the tele-expertise
 * requests asked in the period. One scan per table: the totals come from the same `grouping sets`.
 */
export async function referralIndicators(
  executor: Executor,
  selection: IndicatorSelection,
  groupBy: IndicatorGrouping,
): Promise<{ rows: ReferralIndicatorRow[]; totals: ReferralMeasures }> {
  const [groupRows, totalRows, teleRows] = await Promise.all([
    referralCells(executor, selection, groupBy),
    referralCells(executor, selection, null),
    teleexpertiseCells(executor, selection, groupBy),
  ]);
  const referralRows = [...groupRows, ...totalRows];
  const byKey = (rows: Record<string, unknown>[]) =>
    new Map(rows.filter((row) => row.is_total !== true).map((row) => [asText(row.key), row]));
  const referralByKey = byKey(referralRows);
  const teleByKey = byKey(teleRows);
  const keys = [...new Set([...referralByKey.keys(), ...teleByKey.keys()])].sort();
  const labels = await groupLabels(executor, selection.gstId, groupBy, keys);
  const rows = keys.map((key) => {
    const row = referralByKey.get(key);
    return {
      key,
      labelFr: labels.get(key)?.fr ?? null,
      labelAr: labels.get(key)?.ar ?? null,
      byStatus: Object.fromEntries(referralStatuses.map((status) => [status, Number(row?.[`status_${status}`] ?? 0)])),
      ...toMeasures(row, teleByKey.get(key)),
    };
  });
  const totals = toMeasures(
    referralRows.find((row) => row.is_total === true),
    teleRows.find((row) => row.is_total === true),
  );
  return { rows, totals };
}
