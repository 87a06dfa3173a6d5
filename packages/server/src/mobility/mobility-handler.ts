import {
  defaultMobilityConfig,
  forbidden,
  mobilityRequestType,
  mobilitySubjectSchema,
  notFound,
  unprocessable,
  type Actor,
  type ApprovalRequestRecord,
} from '@tansiq/domain';
import {
  endMobilityAssignment,
  findMobilityStaffSchedule,
  insertAuditEvent,
  insertMobilityAssignment,
  listEstablishmentStandings,
  releaseStaffShiftsBetween,
  type Executor,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { ApprovalTypeHandler } from '../approvals';
import type { RequestContext } from '../http/request-context';
import { canRequestMobility } from './mobility-access';
import { planMobilityAssignments } from './mobility-assignments';
import { mobilityStaffCounts } from './mobility-impact';

/**
 * A mobility's staff member, with their schedule.
 * @throws AppError not_found
 */
export async function loadMobilitySchedule(executor: Executor, gstId: string, staffMemberId: string) {
  const schedule = await findMobilityStaffSchedule(executor, gstId, staffMemberId);
  if (!schedule) {
    throw notFound('staff member');
  }
  return schedule;
}

async function place(tx: Tx, actor: Actor, gstId: string, raw: unknown) {
  const subject = mobilitySubjectSchema.parse(raw);
  const schedule = await loadMobilitySchedule(tx, gstId, subject.staffMemberId);
  const target = { gstId, fromEstablishmentId: subject.fromEstablishmentId, staffUserId: schedule.userId };
  if (!canRequestMobility(actor, target)) {
    throw forbidden('Only the staff member, their establishment or the GST HR raise a mobility', gstId);
  }
  const worksThere = schedule.assignments.some(
    (a) =>
      a.establishmentId === subject.fromEstablishmentId &&
      a.validFrom <= subject.startsOn &&
      (a.validTo === null || a.validTo >= subject.startsOn),
  );
  const [destination] = await listEstablishmentStandings(tx, gstId, [subject.toEstablishmentId]);
  if (!worksThere || !destination) {
    throw unprocessable(
      'The staff member must work at the origin, and the destination be an establishment of the GST',
      [{ path: ['subject', worksThere ? 'toEstablishmentId' : 'fromEstablishmentId'], message: 'Not possible' }],
    );
  }
  return {
    originEstablishmentId: subject.fromEstablishmentId,
    destinationEstablishmentId: subject.toEstablishmentId,
    concernedUserId: schedule.userId,
  };
}

/**
 * Creates the assignment(s) of an approved mobility, linked by `source_request_id`, audited as staff changes, and
 * takes the person off their on-call shifts of the period on lines that do not serve the destination (they become
 * gaps the roster's manager sees and fills).
 */
async function onApproved(tx: Tx, context: RequestContext, request: ApprovalRequestRecord) {
  const subject = mobilitySubjectSchema.parse(request.subject);
  const schedule = await loadMobilitySchedule(tx, request.gstId, subject.staffMemberId);
  const ids = [...new Set([...schedule.assignments.map((a) => a.establishmentId), subject.toEstablishmentId])];
  const establishments = await listEstablishmentStandings(tx, request.gstId, ids);
  const writes = planMobilityAssignments(schedule, subject, { establishments, employment: schedule.employment });
  const staffCounts = await mobilityStaffCounts(tx, schedule, subject);
  const assignmentIds: string[] = [];
  for (const write of writes) {
    if (write.kind === 'end') {
      await endMobilityAssignment(tx, request.gstId, write.id, write.validTo);
    } else {
      const assignment = { ...write.assignment, staffMemberId: subject.staffMemberId };
      await insertMobilityAssignment(tx, request.gstId, assignment, request.id, context.actor.userId);
      assignmentIds.push(write.assignment.id);
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: write.kind === 'end' ? 'staff_assignment.end' : 'staff_assignment.create',
        entityType: 'staff_member',
        entityId: subject.staffMemberId,
        gstId: request.gstId,
        purpose: 'mobility',
        details: { sourceRequestId: request.id, ...(write.kind === 'end' ? write : write.assignment) },
      }),
    );
  }
  const releasedShifts = await releaseStaffShiftsBetween(tx, request.gstId, subject.staffMemberId, {
    fromDay: subject.startsOn,
    toDay: subject.endsOn,
    keepEstablishmentId: subject.toEstablishmentId,
  });
  if (releasedShifts.length > 0) {
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'roster_shift.release',
        entityType: 'staff_member',
        entityId: subject.staffMemberId,
        gstId: request.gstId,
        purpose: 'mobility',
        details: {
          sourceRequestId: request.id,
          shifts: releasedShifts.map(({ rosterId, shiftId }) => ({ rosterId, shiftId })),
        },
      }),
    );
  }
  return { assignmentIds, staffCounts, releasedShifts };
}

/** Mobility as a request type of the approvals (issue #5 §5). */
export const mobilityHandler: ApprovalTypeHandler = {
  requestType: mobilityRequestType,
  defaultConfig: defaultMobilityConfig,
  place,
  onApproved,
  async describe(tx, request) {
    const subject = mobilitySubjectSchema.parse(request.subject);
    const schedule = await findMobilityStaffSchedule(tx, request.gstId, subject.staffMemberId);
    const period = subject.endsOn === null ? `from ${subject.startsOn}` : `${subject.startsOn} – ${subject.endsOn}`;
    return `${schedule?.displayName ?? subject.staffMemberId} (${schedule?.staffNumber ?? ''}) · ${period} · ${subject.timeShare} %`;
  },
};
