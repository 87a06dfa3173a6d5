import {
  authorize,
  canEditStaffingTable,
  canViewStaffingTable,
  computeStaffingTable,
  outOfScope,
  todayInMorocco,
  validationFailed,
  type ReplaceStaffingTableInput,
  type StaffingTableQuery,
  type StaffingTableResponse,
} from '@tansiq/domain';
import {
  insertAuditEvent,
  listBudgetedPosts,
  listEstablishmentNames,
  listStaffedAssignments,
  replaceBudgetedPosts,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { seesStaffOf } from './staff-scope';

/**
 * The staffing table of a GST or one of its establishments on a day: budgeted, filled, vacant and over-staffed posts.
 * @throws AppError not_found when the actor may not see it (or the establishment is not of this GST).
 */
export async function getStaffingTable(
  db: Db,
  context: RequestContext,
  query: StaffingTableQuery,
): Promise<StaffingTableResponse> {
  const establishmentId = query.establishmentId ?? null;
  if (!canViewStaffingTable(context.actor, { gstId: query.gstId, establishmentId })) {
    throw outOfScope('staffing table', query.gstId);
  }
  const day = query.day ?? todayInMorocco();
  return db.transaction(async (tx) => {
    const names = new Map((await listEstablishmentNames(tx, query.gstId)).map((item) => [item.id, item.nameFr]));
    if (establishmentId !== null && !names.has(establishmentId)) {
      throw outOfScope('establishment', query.gstId);
    }
    const posts = await listBudgetedPosts(tx, query.gstId, establishmentId);
    const assignments = await listStaffedAssignments(tx, query.gstId, establishmentId, day);
    const table = computeStaffingTable(posts, assignments, day);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staffing_table.read',
        entityType: 'staffing_table',
        gstId: query.gstId,
        details: { establishmentId, day },
      }),
    );
    // By establishment name, then service and cadre, as people read the table.
    const rows = table.rows
      .map((row) => ({ ...row, establishmentName: names.get(row.establishmentId) ?? '' }))
      .sort((a, b) =>
        `${a.establishmentName}|${a.establishmentId}`.localeCompare(`${b.establishmentName}|${b.establishmentId}`),
      );
    return {
      ...table,
      rows,
      editable: canEditStaffingTable(context.actor, query.gstId),
    };
  });
}

/**
 * Replaces the budgeted posts of the listed establishments (the GST's HR officers); audited.
 * @throws AppError not_found, forbidden, validation_failed (a post of an establishment not listed or not of the GST).
 */
export async function replaceStaffingTable(
  db: Db,
  context: RequestContext,
  gstId: string,
  input: ReplaceStaffingTableInput,
): Promise<StaffingTableResponse> {
  const visible = seesStaffOf(context.actor, gstId);
  authorize({ visible, allowed: canEditStaffingTable(context.actor, gstId), entity: 'staffing table', gstId });
  await db.transaction(async (tx) => {
    const known = new Set((await listEstablishmentNames(tx, gstId)).map((item) => item.id));
    const listed = new Set(input.establishmentIds);
    const issues = [
      ...input.establishmentIds.flatMap((id, index) =>
        known.has(id) ? [] : [{ path: ['establishmentIds', index], message: 'Not an establishment of this GST' }],
      ),
      ...input.posts.flatMap((post, index) =>
        listed.has(post.establishmentId)
          ? []
          : [{ path: ['posts', index, 'establishmentId'], message: 'Add this establishment to establishmentIds' }],
      ),
    ];
    if (issues.length > 0) {
      throw validationFailed('The staffing table is not valid', issues);
    }
    await replaceBudgetedPosts(tx, gstId, input.establishmentIds, input.posts, context.actor.userId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'staffing_table.update',
        entityType: 'staffing_table',
        gstId,
        details: { establishmentIds: input.establishmentIds, posts: input.posts.length },
      }),
    );
  });
  return getStaffingTable(db, context, { gstId });
}
