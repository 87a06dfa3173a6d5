import { sql, type SQL } from 'drizzle-orm';
import {
  MINIMUM_DELAY_OBSERVATIONS,
  referralStatuses,
  type IndicatorGrouping,
  type IndicatorSide,
  type ReferralIndicatorRow,
  type ReferralMeasures,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';
import { analyticalRows } from './analytical-rows';
import { delaysByKey, referralDelayRanks, toDelays } from './referral-delay-queries';
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

/** Referrals that took a step at least once, from the events (a redirect sends the referral back to `sent`). */
const tookStep = (gstId: string, action: 'redirect' | 'no_show') =>
  sql`r.id in (select ev.referral_id from referral_events ev where ev.gst_id = ${gstId} and ev.action = ${action})`;

/** The group key of a referral, cheap to hash: a month is a timestamp here, formatted once per group (`formatKey`). */
function referralKey(groupBy: IndicatorGrouping, side: IndicatorSide): SQL {
  return groupBy === 'month'
    ? sql.raw(`date_trunc('month', (r.sent_at at time zone 'UTC') + interval '1 hour')`)
    : groupKey('r', 'sent_at', groupBy, side);
}
const formatKey = (groupBy: IndicatorGrouping) => (column: string) =>
  groupBy === 'month' ? `to_char(${column}, 'YYYY-MM')` : `${column}::text`;

/** The count columns of a referral cell. */
const countColumns = [
  'referrals',
  'in_pathway',
  'accepted',
  'declined',
  'redirected',
  'booked',
  'no_shows',
  'attended',
  'counter_referred',
];

/**
 * The referral counts of a selection per group and status, hashed in one index-only scan (one hash key per status
 * costs less than a filtered count per status on every row).
 */
function referralCounts(executor: Executor, selection: IndicatorSelection, groupBy: IndicatorGrouping) {
  return analyticalRows(
    executor,
    sql`select ${sql.raw(formatKey(groupBy)('c.key'))} as key, c.status,
        ${sql.raw(countColumns.map((column) => `c.${column}`).join(', '))}
      from (select ${referralKey(groupBy, selection.side)} as key, r.status,
          count(*)::int as referrals, count(r.pathway_rank)::int as in_pathway,
          count(r.accepted_at)::int as accepted, count(r.declined_at)::int as declined,
          count(*) filter (where ${tookStep(selection.gstId, 'redirect')})::int as redirected,
          count(r.first_booked_at)::int as booked,
          count(*) filter (where ${tookStep(selection.gstId, 'no_show')})::int as no_shows,
          count(r.attended_at)::int as attended, count(r.counter_referred_at)::int as counter_referred
        from referrals r ${sideJoin('r', selection, groupBy)}
        where ${selectionWhere('r', 'sent_at', selection)}
        group by 1, 2) c`,
  );
}

/** Adds a cell (a group and status) to `sum`, with its referrals as `status_<status>`. */
function addCell(sum: Record<string, number>, cell: Record<string, unknown>): Record<string, number> {
  for (const column of countColumns) {
    sum[column] = (sum[column] ?? 0) + Number(cell[column] ?? 0);
  }
  const status = `status_${asText(cell.status)}`;
  sum[status] = (sum[status] ?? 0) + Number(cell.referrals ?? 0);
  return sum;
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

function toMeasures(
  row: Record<string, unknown> | undefined,
  delays: Record<string, unknown> | undefined,
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
    delays: toDelays(delays, {
      acceptance: count('accepted'),
      appointment: count('booked'),
      attendance: count('attended'),
      counterReferral: count('counter_referred'),
    }),
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
 * from sending, exact to the minute; null when fewer than MINIMUM_DELAY_OBSERVATIONS referrals reached the step), and
 * the tele-expertise requests asked in the period. Three queries side by side (three connections on a server): the
 * counts, the delays, the tele-expertise; each reads its table once.
 */
export async function referralIndicators(
  executor: Executor,
  selection: IndicatorSelection,
  groupBy: IndicatorGrouping,
): Promise<{ rows: ReferralIndicatorRow[]; totals: ReferralMeasures }> {
  const [countRows, delayRows, teleRows] = await Promise.all([
    referralCounts(executor, selection, groupBy),
    referralDelayRanks(executor, selection, groupBy, referralKey(groupBy, selection.side), formatKey(groupBy)),
    teleexpertiseCells(executor, selection, groupBy),
  ]);
  // A referral is in exactly one cell: a group's counts are the sum of its cells, the totals the sum of all.
  const countsByKey = new Map<string, Record<string, number>>();
  for (const cell of countRows) {
    const key = asText(cell.key);
    countsByKey.set(key, addCell(countsByKey.get(key) ?? {}, cell));
  }
  const delays = delaysByKey(delayRows);
  const teleByKey = new Map(
    teleRows.filter((row) => row.is_total !== true).map((row) => [asText(row.key), row] as const),
  );
  const keys = [...new Set([...countsByKey.keys(), ...teleByKey.keys()])].sort();
  const labels = await groupLabels(executor, selection.gstId, groupBy, keys);
  const rows = keys.map((key) => {
    const row = countsByKey.get(key);
    return {
      key,
      labelFr: labels.get(key)?.fr ?? null,
      labelAr: labels.get(key)?.ar ?? null,
      byStatus: Object.fromEntries(referralStatuses.map((status) => [status, Number(row?.[`status_${status}`] ?? 0)])),
      ...toMeasures(row, delays.byKey.get(key), teleByKey.get(key)),
    };
  });
  const totals = toMeasures(
    countRows.reduce(addCell, {}),
    delays.totals,
    teleRows.find((row) => row.is_total === true),
  );
  return { rows, totals };
}
