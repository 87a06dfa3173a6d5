import { performance } from 'node:perf_hooks';
import {
  authorize,
  canExportIncentives,
  canManageIncentives,
  canViewIncentiveStatement,
  conflict,
  incentiveViewScope,
  notFound,
  outOfScope,
  toIncentivePayrollCsv,
  worksInGst,
  type ComputeIncentiveStatementsInput,
  type IncentiveComputationResult,
  type IncentiveStatementDetail,
  type IncentiveStatementPage,
  type IncentiveStatementSummary,
  type ListIncentiveStatementsQuery,
} from '@tansiq/domain';
import {
  exportIncentivePayrollRows,
  findIncentiveStatement,
  findStaffMemberByUserId,
  insertAuditEvent,
  listIncentiveStatementLines,
  listIncentiveStatements,
  listStaffIncentiveStatements,
  validateIncentiveStatementRow,
  type Db,
  type Executor,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { computeIncentiveMonth } from './compute-incentive-month';
import { presentIncentiveStatementDetail, presentIncentiveStatementSummary } from './incentive-presenter';

/**
 * Computes (or recomputes) a month's statements of the GST or of one establishment, all or nothing, audited.
 * @throws AppError not_found (GST not visible), forbidden (not a GST HR officer), unprocessable (no rules in force).
 */
export async function computeIncentiveStatements(
  db: Db,
  context: RequestContext,
  input: ComputeIncentiveStatementsInput,
): Promise<IncentiveComputationResult> {
  const { gstId, month, establishmentId } = input;
  authorize({
    visible: worksInGst(context.actor, gstId),
    allowed: canManageIncentives(context.actor, gstId),
    entity: 'GST',
    gstId,
  });
  const started = performance.now();
  const result = await db.transaction(async (tx) => {
    const computed = await computeIncentiveMonth(
      tx,
      { gstId, month, ...(establishmentId ? { establishmentId } : {}) },
      { computedBy: context.actor.userId },
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'incentive_statements.compute',
        entityType: 'incentive_statement',
        gstId,
        details: { ...computed, establishmentId: establishmentId ?? null },
      }),
    );
    return computed;
  });
  return { ...result, durationMs: Math.round(performance.now() - started) };
}

/**
 * A page of a month's statements within the actor's scope, with totals; the search is audited.
 * @throws AppError not_found (GST not visible), forbidden (no role that sees statements).
 */
export async function listIncentiveStatementPage(
  db: Db,
  context: RequestContext,
  query: ListIncentiveStatementsQuery,
): Promise<IncentiveStatementPage> {
  const scope = incentiveViewScope(context.actor, query.gstId);
  authorize({
    visible: worksInGst(context.actor, query.gstId),
    allowed: scope !== null,
    entity: 'GST',
    gstId: query.gstId,
  });
  return db.transaction(async (tx) => {
    const { rows, total, totals } = await listIncentiveStatements(tx, query, scope ?? 'gst');
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'incentive_statements.search',
        entityType: 'incentive_statement',
        gstId: query.gstId,
        details: { filters: { ...query }, results: rows.length },
      }),
    );
    return {
      items: rows.map(presentIncentiveStatementSummary),
      total,
      page: query.page,
      pageSize: query.pageSize,
      totals: {
        totalCentimes: totals.totalCentimes ?? 0,
        computed: totals.computed ?? 0,
        validated: totals.validated ?? 0,
        exported: totals.exported ?? 0,
      },
    };
  });
}

async function loadStatement(executor: Executor, context: RequestContext, id: string) {
  const statement = await findIncentiveStatement(executor, id);
  if (statement === undefined) {
    throw notFound('statement');
  }
  const target = {
    gstId: statement.gstId,
    establishmentId: statement.establishment?.id ?? null,
    staffUserId: statement.staffUserId,
  };
  if (!canViewIncentiveStatement(context.actor, target)) {
    throw outOfScope('statement', statement.gstId);
  }
  return statement;
}

async function detailOf(executor: Executor, context: RequestContext, id: string): Promise<IncentiveStatementDetail> {
  const statement = await loadStatement(executor, context, id);
  const lines = await listIncentiveStatementLines(executor, statement.gstId, id);
  return presentIncentiveStatementDetail(statement, lines);
}

/**
 * A statement with its lines and the activities each pays (never a patient); the read is audited.
 * @throws AppError not_found (no such statement, or neither in scope nor the actor's own).
 */
export function getIncentiveStatement(db: Db, context: RequestContext, id: string): Promise<IncentiveStatementDetail> {
  return db.transaction(async (tx) => {
    const detail = await detailOf(tx, context, id);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'incentive_statement.read',
        entityType: 'incentive_statement',
        entityId: id,
        gstId: detail.gstId,
      }),
    );
    return detail;
  });
}

/**
 * Validates a computed statement as read (`version`), audited. Validating twice, or a statement recomputed since it
 * was read, is 409 and changes nothing.
 * @throws AppError not_found, forbidden (not a GST HR officer), conflict.
 */
export function validateIncentiveStatement(
  db: Db,
  context: RequestContext,
  id: string,
  version: number,
): Promise<IncentiveStatementDetail> {
  return db.transaction(async (tx) => {
    const statement = await loadStatement(tx, context, id);
    authorize({
      visible: true,
      allowed: canManageIncentives(context.actor, statement.gstId),
      entity: 'statement',
      gstId: statement.gstId,
    });
    if (statement.status !== 'computed') {
      throw conflict(`The statement is already ${statement.status}`);
    }
    if (!(await validateIncentiveStatementRow(tx, { gstId: statement.gstId, id, version }, context.actor.userId))) {
      throw conflict(`The statement was recomputed (version ${statement.version}); review it again`, [
        { path: ['version'], message: `Expected version ${statement.version}` },
      ]);
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'incentive_statement.validate',
        entityType: 'incentive_statement',
        entityId: id,
        gstId: statement.gstId,
        details: { month: statement.month, version, totalCentimes: statement.totalCentimes },
      }),
    );
    return detailOf(tx, context, id);
  });
}

/**
 * The payroll CSV of a month: validated (and already exported) statements; the validated ones become exported. Audited.
 * @throws AppError not_found (GST not visible), forbidden (not a GST HR or finance officer).
 */
export function exportIncentiveStatements(
  db: Db,
  context: RequestContext,
  query: { gstId: string; month: string },
): Promise<string> {
  const { gstId, month } = query;
  authorize({
    visible: worksInGst(context.actor, gstId),
    allowed: canExportIncentives(context.actor, gstId),
    entity: 'GST',
    gstId,
  });
  return db.transaction(async (tx) => {
    const rows = await exportIncentivePayrollRows(tx, gstId, month, context.actor.userId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'incentive_statements.export',
        entityType: 'incentive_statement',
        gstId,
        details: { month, rows: rows.length, totalCentimes: rows.reduce((sum, row) => sum + row.totalCentimes, 0) },
      }),
    );
    return toIncentivePayrollCsv(rows);
  });
}

/**
 * The actor's own statements in a GST, newest month first (audited). Someone with no staff record there has none.
 * @throws AppError not_found when the actor does not work in the GST.
 */
export function listMyIncentiveStatements(
  db: Db,
  context: RequestContext,
  gstId: string,
): Promise<IncentiveStatementSummary[]> {
  if (!worksInGst(context.actor, gstId)) {
    throw outOfScope('GST', gstId);
  }
  return db.transaction(async (tx) => {
    const own = await findStaffMemberByUserId(tx, gstId, context.actor.userId);
    const rows = own ? await listStaffIncentiveStatements(tx, gstId, own.id) : [];
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'incentive_statements.mine',
        entityType: 'incentive_statement',
        gstId,
        details: { count: rows.length },
      }),
    );
    return rows.map(presentIncentiveStatementSummary);
  });
}
