import { randomUUID } from 'node:crypto';
import {
  authorize,
  canManageRoster,
  canViewRosters,
  conflict,
  unprocessable,
  type GenerateRosterInput,
  type RosterDetail,
  type RosterGenerationResult,
  type RosterLineRecord,
  type RosterProblem,
} from '@tansiq/domain';
import {
  bumpRosterVersion,
  findRosterLinesByIds,
  findRostersSharingLines,
  insertAuditEvent,
  replaceRosterShifts,
  rosterLineKey,
  upsertDraftRoster,
  type Db,
  type Executor,
  type RosterRecord,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { buildStoredRosterProblem, establishmentsOf, loadRoster } from './load-roster';
import { presentRosterDetail } from './roster-presenter';
import { runRosterGeneration } from './run-roster-generation';

/** The draft this generation replaces, if any; a published roster or a different set sharing a line is refused. */
async function findReplacedDraft(executor: Executor, input: GenerateRosterInput): Promise<RosterRecord | undefined> {
  const sharing = await findRostersSharingLines(executor, input.gstId, input.month, input.lineIds);
  const key = rosterLineKey(input.lineIds);
  if (sharing.some((roster) => rosterLineKey(roster.lineIds) !== key)) {
    throw conflict('A line is already on another roster of this month: generate that roster instead');
  }
  const [existing] = sharing;
  if (existing?.status === 'published') {
    throw conflict('This roster is published: edit it shift by shift instead of generating it again');
  }
  if (existing && existing.version !== input.version) {
    throw conflict('This draft roster was changed since you read it: reload it', [], { version: existing.version });
  }
  return existing;
}

async function prepare(
  db: Db,
  context: RequestContext,
  input: GenerateRosterInput,
): Promise<{ lines: RosterLineRecord[]; existing: RosterRecord | undefined; problem: RosterProblem }> {
  return db.transaction(async (tx) => {
    const lines = await findRosterLinesByIds(tx, input.gstId, input.lineIds);
    authorize({
      visible: canViewRosters(context.actor, input.gstId) && lines.length === input.lineIds.length,
      allowed: canManageRoster(context.actor, { gstId: input.gstId, establishmentIds: establishmentsOf(lines) }),
      entity: 'roster line',
      gstId: input.gstId,
    });
    if (lines.some((line) => !line.isActive)) {
      throw unprocessable('An archived line cannot be rostered', [{ path: ['lineIds'], message: 'Archived line' }]);
    }
    const existing = await findReplacedDraft(tx, input);
    const problem = await buildStoredRosterProblem(tx, {
      gstId: input.gstId,
      month: input.month,
      lines,
      excludeRosterId: existing?.id ?? null,
    });
    return { lines, existing, problem };
  });
}

function shiftsOf(problem: RosterProblem, result: RosterGenerationResult) {
  const holders = new Map(result.assignments.map((assignment) => [assignment.shiftId, assignment.staffId]));
  return problem.shifts.map(({ id, lineId, day, dayType, startsAt, endsAt }) => ({
    id,
    lineId,
    day,
    dayType,
    startsAt,
    endsAt,
    staffId: holders.get(id) ?? null,
  }));
}

/**
 * Generates (or regenerates, on the version read) the draft roster of a month for a set of lines: the problem is read
 * in one transaction, the optimiser runs in a worker thread, and the roster is written with its audit event in a
 * second transaction that checks nobody changed the draft meanwhile.
 * @throws AppError not_found, forbidden, unprocessable (archived line), conflict (published, stale, line on another roster).
 */
export async function generateMonthRoster(
  db: Db,
  context: RequestContext,
  input: GenerateRosterInput,
): Promise<RosterDetail> {
  const { existing, problem } = await prepare(db, context, input);
  const result = await runRosterGeneration(problem, { seed: input.seed });
  return db.transaction(async (tx) => {
    const id = existing?.id ?? randomUUID();
    if (existing) {
      if (!(await bumpRosterVersion(tx, existing, { report: result.report }))) {
        throw conflict('This draft roster was changed while it was generated: generate it again');
      }
    } else {
      await upsertDraftRoster(tx, { ...input, id, report: result.report }, context.actor.userId);
    }
    await replaceRosterShifts(tx, input.gstId, id, shiftsOf(problem, result));
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'roster.generate',
        entityType: 'roster',
        entityId: id,
        gstId: input.gstId,
        details: {
          month: input.month,
          lineIds: input.lineIds,
          filled: result.report.filledCount,
          gaps: result.report.gapCount,
          elapsedMs: result.report.elapsedMs,
        },
      }),
    );
    return presentRosterDetail(await loadRoster(tx, context, id, true));
  });
}
