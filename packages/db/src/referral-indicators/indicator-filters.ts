import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorScope, IndicatorSide } from '@tansiq/domain';

/** The selection of an indicators query: a GST, a period (ISO dates, both included, Morocco time) and filters. */
export interface IndicatorSelection {
  gstId: string;
  from: string;
  to: string;
  side: IndicatorSide;
  specialtyCode?: string | undefined;
  provinceCode?: string | undefined;
  establishmentId?: string | undefined;
  scope: IndicatorScope;
}

/**
 * Midnight of a day in Morocco at a fixed UTC+1 (as the pathway volumes: the embedded database may lack the time zone
 * data, and an hour off during Ramadan does not move a dashboard).
 */
export const moroccoMidnight = (day: string) => `${day}T00:00:00+01:00`;

/** The side's establishment column of `alias` (a referral `r` or a tele-expertise request `t`). */
export const sideColumn = (alias: 'r' | 't', side: IndicatorSide): SQL =>
  sql.raw(`${alias}.${side === 'origin' ? 'origin' : 'destination'}_establishment_id`);

/**
 * The join of the side's establishment as `e`, when the selection or the grouping reads its province; else none (the
 * establishment id is on the referral itself, and the index-only scan stays one).
 */
export function sideJoin(alias: 'r' | 't', selection: IndicatorFilters, groupBy: string | null): SQL {
  const needed = selection.provinceCode !== undefined || selection.scope !== 'gst' || groupBy === 'province';
  return needed
    ? sql
        .raw(`join establishments e on e.gst_id = ${alias}.gst_id and e.id = `)
        .append(sideColumn(alias, selection.side))
    : sql``;
}

/** A selection without its period (lists of what is open now, such as the overdue referrals). */
export type IndicatorFilters = Omit<IndicatorSelection, 'from' | 'to'>;

/** The conditions of a selection's filters and scope over `alias` (whose side establishment is joined as `e`). */
export function filterConditions(alias: 'r' | 't', filters: IndicatorFilters): SQL[] {
  const conditions: SQL[] = [sql.raw(`${alias}.gst_id = `).append(sql`${filters.gstId}`)];
  if (filters.specialtyCode) {
    conditions.push(sql.raw(`${alias}.specialty_code = `).append(sql`${filters.specialtyCode}`));
  }
  if (filters.provinceCode) {
    conditions.push(sql`e.province_code = ${filters.provinceCode}`);
  }
  if (filters.establishmentId) {
    conditions.push(sql`${sideColumn(alias, filters.side)} = ${filters.establishmentId}`);
  }
  if (filters.scope !== 'gst') {
    const { provinceCodes, establishmentIds } = filters.scope;
    conditions.push(
      sql`(e.province_code = any(${`{${provinceCodes.join(',')}}`}::text[]) or ${sideColumn(alias, filters.side)} = any(${`{${establishmentIds.join(',')}}`}::uuid[]))`,
    );
  }
  return conditions;
}

/**
 * The where clause of a selection over `alias` (whose side establishment is joined as `e`), on its date column.
 * The period is a half-open range on the timestamp so the (gst, sent_at) indexes apply.
 */
export function selectionWhere(alias: 'r' | 't', dateColumn: string, selection: IndicatorSelection): SQL {
  const at = sql.raw(`${alias}.${dateColumn}`);
  return sql.join(
    [
      ...filterConditions(alias, selection),
      sql`${at} >= ${moroccoMidnight(selection.from)}::timestamptz`,
      sql`${at} < ${moroccoMidnight(selection.to)}::timestamptz + interval '1 day'`,
    ],
    sql` and `,
  );
}
