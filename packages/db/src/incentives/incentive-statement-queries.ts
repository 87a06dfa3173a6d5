import { sql, type SQL } from 'drizzle-orm';
import {
  cadreSchema,
  incentiveActivitySchema,
  incentiveSourceTypes,
  incentiveStatementStatusSchema,
  normaliseSearchText,
  type IncentiveActivity,
  type IncentivePayrollRow,
  type IncentiveStatementLineView,
  type IncentiveStatementSummary,
  type IncentiveViewScope,
  type ListIncentiveStatementsQuery,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso, toIsoOrNull } from '../lib/rows';

/** A statement with what access checks and the detail page need besides the summary. */
export interface IncentiveStatementRow extends IncentiveStatementSummary {
  staffUserId: string | null;
  ruleSetVersion: number;
  monthlyCapCentimes: number | null;
  ruleCapCutCentimes: number;
  monthlyCapCutCentimes: number;
  unmatchedCount: number;
  validatedByName: string | null;
}

const selectStatement = sql`select s.*, m.staff_number, m.user_id as staff_user_id, m.given_name_latin,
    m.family_name_latin, m.given_name_arabic, m.family_name_arabic, e.name_fr, e.name_ar, v.display_name as validated_by_name
  from incentive_statements s
  join staff_members m on m.gst_id = s.gst_id and m.id = s.staff_member_id
  left join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id
  left join users v on v.id = s.validated_by`;

const nameOf = (row: Record<string, unknown>): string =>
  [row.given_name_latin, row.family_name_latin].filter((part) => typeof part === 'string').join(' ') ||
  [row.given_name_arabic, row.family_name_arabic].filter((part) => typeof part === 'string').join(' ') ||
  asText(row.staff_number);

function toStatementRow(row: Record<string, unknown>): IncentiveStatementRow {
  const establishmentId = asTextOrNull(row.establishment_id);
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    month: asText(row.month),
    status: incentiveStatementStatusSchema.parse(row.status),
    version: Number(row.version),
    staffMember: {
      id: asText(row.staff_member_id),
      staffId: asText(row.staff_number),
      name: nameOf(row),
      cadre: cadreSchema.parse(row.cadre),
    },
    establishment:
      establishmentId === null
        ? null
        : { id: establishmentId, nameFr: asText(row.name_fr), nameAr: asTextOrNull(row.name_ar) },
    activityCount: Number(row.activity_count),
    grossCentimes: Number(row.gross_centimes),
    totalCentimes: Number(row.total_centimes),
    computedAt: toIso(row.computed_at as Date | string),
    validatedAt: toIsoOrNull(row.validated_at as Date | string | null),
    exportedAt: toIsoOrNull(row.exported_at as Date | string | null),
    staffUserId: asTextOrNull(row.staff_user_id),
    ruleSetVersion: Number(row.rule_set_version),
    monthlyCapCentimes: row.monthly_cap_centimes == null ? null : Number(row.monthly_cap_centimes),
    ruleCapCutCentimes: Number(row.rule_cap_cut_centimes),
    monthlyCapCutCentimes: Number(row.monthly_cap_cut_centimes),
    unmatchedCount: Number(row.unmatched_count),
    validatedByName: asTextOrNull(row.validated_by_name),
  };
}

/** A statement by id, whatever its GST (the caller checks access). */
export async function findIncentiveStatement(
  executor: Executor,
  id: string,
): Promise<IncentiveStatementRow | undefined> {
  const [row] = await queryRows(executor, sql`${selectStatement} where s.id = ${id}`);
  return row === undefined ? undefined : toStatementRow(row);
}

function listConditions(query: ListIncentiveStatementsQuery, scope: IncentiveViewScope): SQL[] {
  const conditions = [sql`s.gst_id = ${query.gstId}`, sql`s.month = ${query.month}`];
  if (scope !== 'gst') {
    conditions.push(sql`s.establishment_id = any(${sql.param(scope.establishmentIds)}::uuid[])`);
  }
  if (query.establishmentId) {
    conditions.push(sql`s.establishment_id = ${query.establishmentId}`);
  }
  const text = normaliseSearchText(query.q ?? '');
  if (text !== '') {
    const pattern = `%${text.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(sql`(m.search_text like ${pattern} or lower(m.staff_number) like ${pattern})`);
  }
  return conditions;
}

/** A page of a month's statements within a scope, highest total first, with totals over every matching statement. */
export async function listIncentiveStatements(
  executor: Executor,
  query: ListIncentiveStatementsQuery,
  scope: IncentiveViewScope,
): Promise<{ rows: IncentiveStatementRow[]; total: number; totals: Record<string, number> }> {
  const conditions = listConditions(query, scope);
  const where = sql.join(conditions, sql` and `);
  const withStatus = query.status ? sql`${where} and s.status = ${query.status}` : where;
  const [rows, aggregates] = await Promise.all([
    queryRows(
      executor,
      sql`${selectStatement} where ${withStatus}
        order by s.total_centimes desc, m.staff_number limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
    ),
    queryRows(
      executor,
      sql`select count(*) filter (where ${query.status ? sql`s.status = ${query.status}` : sql`true`})::int as total,
          coalesce(sum(s.total_centimes) filter (where ${query.status ? sql`s.status = ${query.status}` : sql`true`}), 0)::bigint
            as total_centimes,
          count(*) filter (where s.status = 'computed')::int as computed,
          count(*) filter (where s.status = 'validated')::int as validated,
          count(*) filter (where s.status = 'exported')::int as exported
        from incentive_statements s join staff_members m on m.gst_id = s.gst_id and m.id = s.staff_member_id
        where ${where}`,
    ),
  ]);
  const aggregate = aggregates[0] ?? {};
  return {
    rows: rows.map(toStatementRow),
    total: Number(aggregate.total ?? 0),
    totals: {
      totalCentimes: Number(aggregate.total_centimes ?? 0),
      computed: Number(aggregate.computed ?? 0),
      validated: Number(aggregate.validated ?? 0),
      exported: Number(aggregate.exported ?? 0),
    },
  };
}

/** A staff member's statements, newest month first. */
export async function listStaffIncentiveStatements(
  executor: Executor,
  gstId: string,
  staffMemberId: string,
): Promise<IncentiveStatementRow[]> {
  const rows = await queryRows(
    executor,
    sql`${selectStatement} where s.gst_id = ${gstId} and s.staff_member_id = ${staffMemberId} order by s.month desc`,
  );
  return rows.map(toStatementRow);
}

const sourceTypeOf = (value: unknown) => {
  const text = asText(value);
  const found = incentiveSourceTypes.find((type) => type === text);
  if (found === undefined) {
    throw new Error(`Unknown incentive source type ${text}`);
  }
  return found;
};

/** The lines of a statement, each with the activities it pays (by time) and their establishments. */
export async function listIncentiveStatementLines(
  executor: Executor,
  gstId: string,
  statementId: string,
): Promise<IncentiveStatementLineView[]> {
  const [lines, items] = await Promise.all([
    queryRows(
      executor,
      sql`select * from incentive_statement_lines where gst_id = ${gstId} and statement_id = ${statementId}
        order by position`,
    ),
    queryRows(
      executor,
      sql`select i.*, e.name_fr, e.name_ar from incentive_statement_items i
        left join establishments e on e.gst_id = i.gst_id and e.id = i.establishment_id
        where i.gst_id = ${gstId} and i.statement_id = ${statementId}
        order by i.line_position, i.occurred_at, i.source_id`,
    ),
  ]);
  return lines.map((line) => ({
    ruleCode: asText(line.rule_code),
    label: asText(line.label),
    activity: incentiveActivitySchema.parse(line.activity),
    unitAmountCentimes: Number(line.unit_amount_centimes),
    subtotalCentimes: Number(line.subtotal_centimes),
    ruleCapCutCentimes: Number(line.rule_cap_cut_centimes),
    monthlyCapCutCentimes: Number(line.monthly_cap_cut_centimes),
    totalCentimes: Number(line.total_centimes),
    items: items
      .filter((item) => Number(item.line_position) === Number(line.position))
      .map((item) => {
        const establishmentId = asTextOrNull(item.establishment_id);
        return {
          sourceType: sourceTypeOf(item.source_type),
          sourceId: asText(item.source_id),
          activity: incentiveActivitySchema.parse(item.activity),
          occurredAt: toIso(item.occurred_at as Date | string),
          establishment:
            establishmentId === null || item.name_fr == null
              ? null
              : { id: establishmentId, nameFr: asText(item.name_fr), nameAr: asTextOrNull(item.name_ar) },
          amountCentimes: Number(item.amount_centimes),
          multiplied: item.multiplied === true,
        };
      }),
  }));
}

/** The sources already paid by the given (validated or exported) statements, as `sourceType:sourceId` keys. */
export async function listPaidSourceKeys(
  executor: Executor,
  gstId: string,
  statementIds: readonly string[],
): Promise<Set<string>> {
  if (statementIds.length === 0) {
    return new Set();
  }
  const rows = await queryRows(
    executor,
    sql`select source_type, source_id from incentive_statement_items
      where gst_id = ${gstId} and statement_id = any(${sql.param([...statementIds])}::uuid[])`,
  );
  return new Set(rows.map((row) => `${asText(row.source_type)}:${asText(row.source_id)}`));
}

/** Validates a computed statement still at `version`; false when it changed or is no longer computed. */
export async function validateIncentiveStatementRow(
  executor: Executor,
  statement: { gstId: string; id: string; version: number },
  userId: string,
): Promise<boolean> {
  const rows = await queryRows(
    executor,
    sql`update incentive_statements set status = 'validated', validated_by = ${userId}, validated_at = now()
      where gst_id = ${statement.gstId} and id = ${statement.id} and version = ${statement.version}
        and status = 'computed'
      returning id`,
  );
  return rows.length === 1;
}

/**
 * The payroll rows of a month: validated and exported statements, with amounts per activity (line totals, after
 * caps), by staff id. Marks the validated ones exported.
 */
export async function exportIncentivePayrollRows(
  executor: Executor,
  gstId: string,
  month: string,
  userId: string,
): Promise<IncentivePayrollRow[]> {
  const rows = await queryRows(
    executor,
    sql`select m.staff_number, m.cin, m.family_name_latin, m.given_name_latin, s.cadre, e.code, e.name_fr, s.month,
        s.total_centimes, coalesce((select jsonb_object_agg(activity, amount) from (
          select l.activity, sum(l.total_centimes)::bigint as amount from incentive_statement_lines l
          where l.gst_id = s.gst_id and l.statement_id = s.id group by l.activity) a), '{}'::jsonb) as amounts
      from incentive_statements s
      join staff_members m on m.gst_id = s.gst_id and m.id = s.staff_member_id
      left join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id
      where s.gst_id = ${gstId} and s.month = ${month} and s.status in ('validated', 'exported')
      order by m.staff_number`,
  );
  await executor.execute(sql`update incentive_statements set status = 'exported', exported_by = ${userId},
      exported_at = now()
    where gst_id = ${gstId} and month = ${month} and status = 'validated'`);
  return rows.map((row) => {
    const amounts = (typeof row.amounts === 'string' ? JSON.parse(row.amounts) : row.amounts) as Record<
      string,
      unknown
    >;
    const amountsByActivity: Partial<Record<IncentiveActivity, number>> = {};
    for (const [activity, amount] of Object.entries(amounts)) {
      amountsByActivity[incentiveActivitySchema.parse(activity)] = Number(amount);
    }
    return {
      staffId: asText(row.staff_number),
      cin: asTextOrNull(row.cin),
      familyName: asTextOrNull(row.family_name_latin),
      givenName: asTextOrNull(row.given_name_latin),
      cadre: asText(row.cadre),
      establishmentCode: asTextOrNull(row.code),
      establishmentName: asTextOrNull(row.name_fr),
      month: asText(row.month),
      amountsByActivity,
      totalCentimes: Number(row.total_centimes),
    };
  });
}
