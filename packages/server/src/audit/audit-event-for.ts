import type { Actor, AuditEventInput, AuditOutcome } from '@tansiq/domain';
import { covers } from '@tansiq/domain';

/** The assignment the actor acts under in a GST: the first one whose scope covers it. */
function actingAssignment(actor: Actor | null, gstId: string | null) {
  if (!actor) {
    return undefined;
  }
  return (
    actor.assignments.find((assignment) => gstId !== null && covers(assignment, { gstId })) ??
    actor.assignments.find((assignment) => gstId !== null && assignment.gstId === gstId) ??
    actor.assignments[0]
  );
}

/** Builds an audit event for an action of `context.actor`. */
export function auditEventFor(
  context: { actor: Actor | null; requestId: string | null; ip: string | null },
  event: {
    action: string;
    entityType: string;
    entityId?: string | null;
    gstId?: string | null;
    outcome?: AuditOutcome;
    patientId?: string | null;
    purpose?: string | null;
    details?: Record<string, unknown> | null;
  },
): AuditEventInput {
  const gstId = event.gstId ?? null;
  const assignment = actingAssignment(context.actor, gstId);
  return {
    actorUserId: context.actor?.userId ?? null,
    actorRole: assignment?.role ?? null,
    actorEstablishmentId: assignment?.establishmentId ?? null,
    gstId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    patientId: event.patientId ?? null,
    purpose: event.purpose ?? null,
    outcome: event.outcome ?? 'success',
    requestId: context.requestId,
    ip: context.ip,
    details: event.details ?? null,
  };
}
