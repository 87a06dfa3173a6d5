import {
  conflict,
  newRosterViolations,
  rosterSwapChanges,
  rosterSwapRequestType,
  rosterSwapSubjectSchema,
  withRosterChanges,
  type RosterSwapSubject,
  type RosterSwapView,
} from '@tansiq/domain';
import { insertAuditEvent, type Db } from '@tansiq/db';
import { loadApprovalRequest } from '../approvals';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { assignmentsOf, type LoadedRoster } from './load-roster';
import { loadSwapRoster, presentSwapShift, swapStaffName } from './roster-swap-context';

const openStatuses = new Set(['draft', 'pending', 'returned']);

/** The rules the swap would break on the roster as it stands (or that a shift changed hands), for an open request. */
function brokenRulesToday(loaded: LoadedRoster, subject: RosterSwapSubject) {
  const holderOf = (id: string | null) => loaded.shifts.find((shift) => shift.id === id)?.staffId;
  if (
    holderOf(subject.shiftId) !== subject.fromStaffMemberId ||
    (subject.counterShiftId !== null && holderOf(subject.counterShiftId) !== subject.toStaffMemberId)
  ) {
    return [{ code: 'changed_hands', message: 'The shift changed hands since the request' }];
  }
  const before = assignmentsOf(loaded.shifts);
  const after = withRosterChanges(before, rosterSwapChanges(subject));
  return newRosterViolations(loaded.problem, before, after).introduced.map(({ rule, message }) => ({
    code: rule,
    message,
  }));
}

/**
 * A swap request as its parties see it: the shifts with their lines and times, the holder and the colleague, and
 * while it is open, the rules it would break today. Names of staff: audited.
 * @throws AppError not_found (not a party), conflict (not a swap)
 */
export async function getRosterSwap(db: Db, context: RequestContext, id: string): Promise<RosterSwapView> {
  return db.transaction(async (tx) => {
    const { record } = (await loadApprovalRequest(tx, context.actor, id)).stored;
    if (record.type !== rosterSwapRequestType.type) {
      throw conflict('This request is not a roster swap');
    }
    const subject = rosterSwapSubjectSchema.parse(record.subject);
    const loaded = await loadSwapRoster(tx, record.gstId, subject.rosterId);
    const shiftOf = (shiftId: string | null) => loaded.shifts.find((shift) => shift.id === shiftId);
    const shift = shiftOf(subject.shiftId);
    const counter = shiftOf(subject.counterShiftId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'roster.swap.read',
        entityType: 'approval_request',
        entityId: id,
        gstId: record.gstId,
        purpose: record.type,
      }),
    );
    const colleague = loaded.problem.candidates.find((person) => person.staffId === subject.toStaffMemberId);
    return {
      rosterId: loaded.roster.id,
      month: loaded.roster.month,
      shift: shift ? presentSwapShift(loaded, shift) : null,
      holder: { staffId: subject.fromStaffMemberId, name: await swapStaffName(tx, loaded, subject.fromStaffMemberId) },
      colleague: {
        staffId: subject.toStaffMemberId,
        name: await swapStaffName(tx, loaded, subject.toStaffMemberId),
        cadre: colleague?.cadre ?? null,
      },
      counterShift: counter ? presentSwapShift(loaded, counter) : null,
      reason: subject.reason,
      brokenRules: openStatuses.has(record.status) ? brokenRulesToday(loaded, subject) : null,
    };
  });
}
