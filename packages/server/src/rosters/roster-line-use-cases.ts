import { randomUUID } from 'node:crypto';
import {
  authorize,
  canManageRoster,
  canViewRosters,
  conflict,
  notFound,
  unprocessable,
  type CreateRosterLineInput,
  type RosterLineRecord,
  type UpdateRosterLineInput,
} from '@tansiq/domain';
import {
  countEstablishmentsInGst,
  findRosterLineById,
  insertAuditEvent,
  insertRosterLine,
  listRosterLines,
  setRosterLineActive,
  updateRosterLineRow,
  type Db,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';

const audit = (tx: Tx, context: RequestContext, action: string, line: { id: string; gstId: string }, details = {}) =>
  insertAuditEvent(
    tx,
    auditEventFor(context, { action, entityType: 'roster_line', entityId: line.id, gstId: line.gstId, details }),
  );

async function assertEstablishmentsInGst(tx: Tx, gstId: string, establishmentIds: readonly string[]): Promise<void> {
  if ((await countEstablishmentsInGst(tx, gstId, establishmentIds)) !== establishmentIds.length) {
    throw unprocessable('A roster line serves establishments of its GST only', [
      { path: ['establishmentIds'], message: 'Unknown establishment', code: 'unknown_establishment' },
    ]);
  }
}

/** Loads a line and checks the actor sees it (404 otherwise) and, for `manage`, may change it (403). */
async function loadLine(tx: Tx | Db, context: RequestContext, id: string, manage: boolean): Promise<RosterLineRecord> {
  const line = await findRosterLineById(tx, id);
  if (!line) {
    throw notFound('roster line');
  }
  authorize({
    visible: canViewRosters(context.actor, line.gstId),
    allowed: !manage || canManageRoster(context.actor, line),
    entity: 'roster line',
    gstId: line.gstId,
  });
  return line;
}

async function readBack(tx: Tx, id: string): Promise<RosterLineRecord> {
  const line = await findRosterLineById(tx, id);
  if (!line) {
    throw new Error('The roster line just written cannot be read back');
  }
  return line;
}

/**
 * The roster lines of a GST (everyone working in it reads them).
 * @throws AppError not_found when the actor does not work in the GST.
 */
export async function listGstRosterLines(
  db: Db,
  context: RequestContext,
  gstId: string,
  includeArchived: boolean,
): Promise<RosterLineRecord[]> {
  authorize({ visible: canViewRosters(context.actor, gstId), allowed: true, entity: 'GST', gstId });
  return listRosterLines(db, gstId, includeArchived);
}

/** One roster line. @throws AppError not_found. */
export const getRosterLine = (db: Db, context: RequestContext, id: string): Promise<RosterLineRecord> =>
  loadLine(db, context, id, false);

/**
 * Creates a roster line at establishments of the GST.
 * @throws AppError not_found (GST out of scope), forbidden, unprocessable (unknown establishment), conflict (name).
 */
export async function createRosterLine(
  db: Db,
  context: RequestContext,
  input: CreateRosterLineInput,
): Promise<RosterLineRecord> {
  return db.transaction(async (tx) => {
    const { gstId, ...line } = input;
    authorize({
      visible: canViewRosters(context.actor, gstId),
      allowed: canManageRoster(context.actor, { gstId, establishmentIds: line.establishmentIds }),
      entity: 'GST',
      gstId,
    });
    await assertEstablishmentsInGst(tx, gstId, line.establishmentIds);
    await assertNameFree(tx, gstId, line.name, null);
    const id = randomUUID();
    await insertRosterLine(tx, gstId, id, line, context.actor.userId);
    await audit(tx, context, 'roster_line.create', { id, gstId }, { name: line.name, kind: line.kind });
    return readBack(tx, id);
  });
}

async function assertNameFree(tx: Tx, gstId: string, name: string, exceptId: string | null): Promise<void> {
  const taken = (await listRosterLines(tx, gstId, true)).some((line) => line.name === name && line.id !== exceptId);
  if (taken) {
    throw conflict('Another roster line has this name', [{ path: ['name'], message: 'Already used' }]);
  }
}

/**
 * Replaces a line's settings on the version read; the actor must manage its establishments before and after.
 * @throws AppError not_found, forbidden, unprocessable, conflict (stale version, name taken).
 */
export async function updateRosterLine(
  db: Db,
  context: RequestContext,
  id: string,
  input: UpdateRosterLineInput,
): Promise<RosterLineRecord> {
  return db.transaction(async (tx) => {
    const before = await loadLine(tx, context, id, true);
    const { version, ...line } = input;
    authorize({
      visible: true,
      allowed: canManageRoster(context.actor, { gstId: before.gstId, establishmentIds: line.establishmentIds }),
      entity: 'roster line',
      gstId: before.gstId,
    });
    await assertEstablishmentsInGst(tx, before.gstId, line.establishmentIds);
    await assertNameFree(tx, before.gstId, line.name, id);
    if (!(await updateRosterLineRow(tx, before.gstId, id, version, line))) {
      throw conflict('This roster line was changed by someone else: reload it');
    }
    await audit(tx, context, 'roster_line.update', before, { before, after: line });
    return readBack(tx, id);
  });
}

/**
 * Archives a line (its rosters stay) or restores it, on the version read.
 * @throws AppError not_found, forbidden, conflict (stale version).
 */
export async function setRosterLineArchived(
  db: Db,
  context: RequestContext,
  id: string,
  input: { version: number; archived: boolean },
): Promise<RosterLineRecord> {
  return db.transaction(async (tx) => {
    const line = await loadLine(tx, context, id, true);
    if (!(await setRosterLineActive(tx, line.gstId, id, input.version, !input.archived))) {
      throw conflict('This roster line was changed by someone else: reload it');
    }
    await audit(tx, context, input.archived ? 'roster_line.archive' : 'roster_line.restore', line);
    return readBack(tx, id);
  });
}
