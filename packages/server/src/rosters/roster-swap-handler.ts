import {
  canManageRoster,
  conflict,
  defaultRosterSwapConfig,
  forbidden,
  rosterSwapChanges,
  rosterSwapRequestType,
  rosterSwapSubjectSchema,
  unprocessable,
  withRosterChanges,
  assertRosterEditAllowed,
  type Actor,
  type ApprovalRequestRecord,
  type RosterSwapSubject,
} from '@tansiq/domain';
import { findStaffMemberById, type Tx } from '@tansiq/db';
import type { ApprovalTypeHandler } from '../approvals';
import type { RequestContext } from '../http/request-context';
import { assignmentsOf, establishmentsOf, type LoadedRoster } from './load-roster';
import {
  actorStaffId,
  getRosterShift,
  loadSwapRoster,
  swapOriginEstablishment,
  swapStaffName,
} from './roster-swap-context';
import { applyRosterEdit } from './roster-use-cases';

const notPossible = (message: string, field: keyof RosterSwapSubject) =>
  unprocessable(message, [{ path: ['subject', field], message }]);

/**
 * What a swap needs of the roster as it stands: published, the shift not started and still held by the holder, the
 * exchange shift (if any) not started and held by the colleague.
 * @throws AppError not_found (shift), unprocessable (draft roster, started shift), conflict (changed hands)
 */
function checkSwapStillOpen(loaded: LoadedRoster, subject: RosterSwapSubject, now: Date) {
  if (loaded.roster.status !== 'published') {
    throw notPossible('Only the shifts of a published roster are swapped', 'rosterId');
  }
  const shift = getRosterShift(loaded, subject.shiftId);
  const counter = subject.counterShiftId === null ? null : getRosterShift(loaded, subject.counterShiftId);
  if (shift.staffId !== subject.fromStaffMemberId || (counter && counter.staffId !== subject.toStaffMemberId)) {
    throw conflict('The shift changed hands since the request: it can no longer be swapped');
  }
  for (const [field, started] of [
    ['shiftId', shift],
    ['counterShiftId', counter],
  ] as const) {
    if (started && Date.parse(started.startsAt) <= now.getTime()) {
      throw notPossible('The shift has already started', field);
    }
  }
  return shift;
}

/** The user the request concerns: the other party of the actor (a manager raising it: the colleague, else the holder). */
async function concernedUser(tx: Tx, subject: RosterSwapSubject, actorStaff: string | null): Promise<string | null> {
  const holder = await findStaffMemberById(tx, subject.fromStaffMemberId);
  const colleague = await findStaffMemberById(tx, subject.toStaffMemberId);
  if (actorStaff === subject.toStaffMemberId) {
    return holder?.userId ?? null;
  }
  return colleague?.userId ?? (actorStaff === subject.fromStaffMemberId ? null : (holder?.userId ?? null));
}

/**
 * Raising a swap: the roster and shift are in the GST (404), the actor is the holder, the colleague or a manager of
 * the roster (403), the shifts are open and held (409/422), and the swap keeps every roster rule (422 with the rule).
 */
async function place(tx: Tx, actor: Actor, gstId: string, raw: unknown) {
  const subject = rosterSwapSubjectSchema.parse(raw);
  const loaded = await loadSwapRoster(tx, gstId, subject.rosterId);
  getRosterShift(loaded, subject.shiftId);
  const actorStaff = await actorStaffId(tx, actor, gstId);
  const party = actorStaff !== null && [subject.fromStaffMemberId, subject.toStaffMemberId].includes(actorStaff);
  if (!party && !canManageRoster(actor, { gstId, establishmentIds: establishmentsOf(loaded.lines) })) {
    throw forbidden('Only the holder, the colleague or a manager of the roster raise a swap', gstId);
  }
  const shift = checkSwapStillOpen(loaded, subject, new Date());
  const before = assignmentsOf(loaded.shifts);
  assertRosterEditAllowed(loaded.problem, before, withRosterChanges(before, rosterSwapChanges(subject)));
  return {
    originEstablishmentId: await swapOriginEstablishment(tx, loaded, shift, subject.fromStaffMemberId),
    destinationEstablishmentId: null,
    concernedUserId: await concernedUser(tx, subject, actorStaff),
  };
}

/**
 * Applies an approved swap as a manual roster edit (`applyRosterEdit`), in the approval's transaction: the rules are
 * checked again on the roster as it is now, so a swap that would now break one is a 422 and nothing is written.
 */
async function onApproved(tx: Tx, context: RequestContext, request: ApprovalRequestRecord) {
  const subject = rosterSwapSubjectSchema.parse(request.subject);
  const loaded = await loadSwapRoster(tx, request.gstId, subject.rosterId);
  checkSwapStillOpen(loaded, subject, new Date());
  const changes = rosterSwapChanges(subject);
  await applyRosterEdit(tx, context, loaded, changes, { sourceRequestId: request.id });
  return { rosterId: loaded.roster.id, rosterVersion: loaded.roster.version + 1, changes };
}

/** "Échange de garde : <line> du <day> — <holder> → <colleague>", for the letter and the notifications. */
async function describe(tx: Tx, request: ApprovalRequestRecord) {
  const subject = rosterSwapSubjectSchema.parse(request.subject);
  const loaded = await loadSwapRoster(tx, request.gstId, subject.rosterId);
  const shift = loaded.shifts.find((candidate) => candidate.id === subject.shiftId);
  const line = loaded.lines.find((candidate) => candidate.id === shift?.lineId);
  const holder = await swapStaffName(tx, loaded, subject.fromStaffMemberId);
  const colleague = await swapStaffName(tx, loaded, subject.toStaffMemberId);
  return `Échange de garde : ${line?.name ?? ''} du ${shift?.day ?? ''} — ${holder} → ${colleague}`;
}

/** Roster swaps as a request type of the approvals (issue #5 §6). */
export const rosterSwapHandler: ApprovalTypeHandler = {
  requestType: rosterSwapRequestType,
  defaultConfig: defaultRosterSwapConfig,
  place,
  onApproved,
  describe,
};
