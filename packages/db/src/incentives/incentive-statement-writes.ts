import { sql } from 'drizzle-orm';
import type { Cadre, IncentiveStatementComputation, IncentiveStatementStatus } from '@tansiq/domain';
import type { Tx } from '../client';
import { asText, queryRows } from '../lib/rows';

/** A statement already stored for the month. */
export interface StoredStatementKey {
  id: string;
  staffMemberId: string;
  status: IncentiveStatementStatus;
}

/** One statement to write: who, where, under which rules, and its computation. */
export interface IncentiveStatementWrite {
  id: string;
  staffMemberId: string;
  establishmentId: string | null;
  cadre: Cadre;
  activityCount: number;
  computation: IncentiveStatementComputation;
}

const CHUNK = 5_000;

/**
 * Serialises the computations of a GST's month: a second computation waits for the first to commit. Keyed on the GST
 * and month, so other months and GSTs compute in parallel.
 */
export async function lockIncentiveMonth(tx: Tx, gstId: string, month: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`incentives:${gstId}:${month}`}))`);
}

/** The statements stored for a month (all statuses), to keep the validated ones and replace the others. */
export async function listStoredStatementKeys(tx: Tx, gstId: string, month: string): Promise<StoredStatementKey[]> {
  const rows = await queryRows(
    tx,
    sql`select id, staff_member_id, status from incentive_statements where gst_id = ${gstId} and month = ${month}`,
  );
  return rows.map((row) => ({
    id: asText(row.id),
    staffMemberId: asText(row.staff_member_id),
    status: row.status === 'validated' ? 'validated' : row.status === 'exported' ? 'exported' : 'computed',
  }));
}

/** Deletes computed (never validated) statements; their lines and items go with them. */
export async function deleteComputedStatements(tx: Tx, gstId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) {
    return 0;
  }
  const rows = await queryRows(
    tx,
    sql`delete from incentive_statements where gst_id = ${gstId} and id = any(${sql.param([...ids])}::uuid[])
      and status = 'computed' returning id`,
  );
  return rows.length;
}

async function upsertStatements(
  tx: Tx,
  scope: { gstId: string; month: string; ruleSetId: string; ruleSetVersion: number; monthlyCap: number | null },
  writes: readonly IncentiveStatementWrite[],
  computedBy: string | null,
  isDemo: boolean,
): Promise<string[]> {
  const column = <T>(pick: (write: IncentiveStatementWrite) => T) => sql.param(writes.map(pick));
  const rows = await queryRows(
    tx,
    sql`insert into incentive_statements (gst_id, id, staff_member_id, month, establishment_id, cadre, rule_set_id,
        rule_set_version, monthly_cap_centimes, activity_count, unmatched_count, gross_centimes, rule_cap_cut_centimes,
        monthly_cap_cut_centimes, total_centimes, computed_by, is_demo)
      select ${scope.gstId}, w.id, w.staff_member_id, ${scope.month}, w.establishment_id, w.cadre, ${scope.ruleSetId},
        ${scope.ruleSetVersion}, ${scope.monthlyCap}::int, w.activity_count, w.unmatched_count, w.gross, w.rule_cut,
        w.monthly_cut, w.total, ${computedBy}::uuid, ${isDemo}
      from unnest(${column((w) => w.id)}::uuid[], ${column((w) => w.staffMemberId)}::uuid[],
        ${column((w) => w.establishmentId)}::uuid[], ${column((w) => w.cadre)}::text[],
        ${column((w) => w.activityCount)}::int[], ${column((w) => w.computation.unmatchedCount)}::int[],
        ${column((w) => w.computation.grossCentimes)}::int[], ${column((w) => w.computation.ruleCapCutCentimes)}::int[],
        ${column((w) => w.computation.monthlyCapCutCentimes)}::int[], ${column((w) => w.computation.totalCentimes)}::int[])
        as w(id, staff_member_id, establishment_id, cadre, activity_count, unmatched_count, gross, rule_cut, monthly_cut,
          total)
      on conflict (gst_id, staff_member_id, month) do update set establishment_id = excluded.establishment_id,
        cadre = excluded.cadre, rule_set_id = excluded.rule_set_id, rule_set_version = excluded.rule_set_version,
        monthly_cap_centimes = excluded.monthly_cap_centimes, activity_count = excluded.activity_count,
        unmatched_count = excluded.unmatched_count, gross_centimes = excluded.gross_centimes,
        rule_cap_cut_centimes = excluded.rule_cap_cut_centimes,
        monthly_cap_cut_centimes = excluded.monthly_cap_cut_centimes, total_centimes = excluded.total_centimes,
        computed_by = excluded.computed_by, computed_at = now(), version = incentive_statements.version + 1
        where incentive_statements.status = 'computed'
      returning id`,
  );
  return rows.map((row) => asText(row.id));
}

async function insertLines(tx: Tx, gstId: string, writes: readonly IncentiveStatementWrite[]): Promise<void> {
  const lines = writes.flatMap((write) =>
    write.computation.lines.map((line, position) => ({ statementId: write.id, position, line })),
  );
  for (let start = 0; start < lines.length; start += CHUNK) {
    const chunk = lines.slice(start, start + CHUNK);
    const column = <T>(pick: (entry: (typeof lines)[number]) => T) => sql.param(chunk.map(pick));
    await tx.execute(sql`insert into incentive_statement_lines (gst_id, statement_id, position, rule_code, label,
        activity, unit_amount_centimes, item_count, subtotal_centimes, rule_cap_cut_centimes, monthly_cap_cut_centimes,
        total_centimes)
      select ${gstId}, l.* from unnest(${column((e) => e.statementId)}::uuid[], ${column((e) => e.position)}::int[],
        ${column((e) => e.line.ruleCode)}::text[], ${column((e) => e.line.label)}::text[],
        ${column((e) => e.line.activity)}::text[], ${column((e) => e.line.unitAmountCentimes)}::int[],
        ${column((e) => e.line.items.length)}::int[], ${column((e) => e.line.subtotalCentimes)}::int[],
        ${column((e) => e.line.ruleCapCutCentimes)}::int[], ${column((e) => e.line.monthlyCapCutCentimes)}::int[],
        ${column((e) => e.line.totalCentimes)}::int[]) as l`);
  }
}

async function insertItems(tx: Tx, gstId: string, writes: readonly IncentiveStatementWrite[]): Promise<void> {
  const items = writes.flatMap((write) =>
    write.computation.lines.flatMap((line, position) =>
      line.items.map((item) => ({ statementId: write.id, position, item })),
    ),
  );
  for (let start = 0; start < items.length; start += CHUNK * 4) {
    const chunk = items.slice(start, start + CHUNK * 4);
    const column = <T>(pick: (entry: (typeof items)[number]) => T) => sql.param(chunk.map(pick));
    await tx.execute(sql`insert into incentive_statement_items (gst_id, statement_id, line_position, source_type,
        source_id, activity, occurred_at, establishment_id, amount_centimes, multiplied)
      select ${gstId}, i.* from unnest(${column((e) => e.statementId)}::uuid[], ${column((e) => e.position)}::int[],
        ${column((e) => e.item.sourceType)}::text[], ${column((e) => e.item.sourceId)}::text[],
        ${column((e) => e.item.activity)}::text[], ${column((e) => e.item.occurredAt)}::timestamptz[],
        ${column((e) => e.item.establishmentId)}::uuid[], ${column((e) => e.item.amountCentimes)}::int[],
        ${column((e) => e.item.multiplied)}::boolean[]) as i`);
  }
}

/**
 * Writes the statements of a month in bulk (`unnest`, in chunks): a new statement is inserted; a computed one is
 * replaced in place (same id, `version` + 1, new lines and items); a validated or exported one is left untouched even if
 * it was validated since it was read (the upsert skips it). Returns the writes actually stored.
 * Each write's `id` must be the stored statement's id when one exists.
 */
export async function writeIncentiveStatements(
  tx: Tx,
  scope: { gstId: string; month: string; ruleSetId: string; ruleSetVersion: number; monthlyCap: number | null },
  writes: readonly IncentiveStatementWrite[],
  options: { computedBy: string | null; isDemo?: boolean },
): Promise<IncentiveStatementWrite[]> {
  const stored: IncentiveStatementWrite[] = [];
  for (let start = 0; start < writes.length; start += CHUNK) {
    const chunk = writes.slice(start, start + CHUNK);
    const ids = new Set(await upsertStatements(tx, scope, chunk, options.computedBy, options.isDemo ?? false));
    stored.push(...chunk.filter((write) => ids.has(write.id)));
  }
  const ids = stored.map((write) => write.id);
  for (let start = 0; start < ids.length; start += CHUNK) {
    await tx.execute(sql`delete from incentive_statement_lines where gst_id = ${scope.gstId}
      and statement_id = any(${sql.param(ids.slice(start, start + CHUNK))}::uuid[])`);
  }
  await insertLines(tx, scope.gstId, stored);
  await insertItems(tx, scope.gstId, stored);
  return stored;
}
