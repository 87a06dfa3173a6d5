import type { Actor } from '../auth/roles';
import { covers } from '../auth/access-policy';
import { clinicalRoles } from '../patients/patient-policy';
import type { TeleexpertiseActorRole } from './teleexpertise-state-machine';

/**
 * Who may see and act on a tele-expertise request (issue #4 §6): the clinicians (physicians, nurses) of its origin and
 * of its destination. The desk has no part in it (the whole request is clinical), and anyone else gets 404.
 */
export interface TeleexpertiseAccessTarget {
  gstId: string;
  originEstablishmentId: string;
  destinationEstablishmentId: string;
}

/** The clinical roles the actor holds at each end of the request. */
export function teleexpertiseActorRoles(actor: Actor, target: TeleexpertiseAccessTarget): TeleexpertiseActorRole[] {
  return actor.assignments.flatMap((assignment): TeleexpertiseActorRole[] => {
    if (!clinicalRoles.includes(assignment.role)) {
      return [];
    }
    const at = (establishmentId: string) => covers(assignment, { gstId: target.gstId, establishmentId });
    return [
      ...(at(target.originEstablishmentId) ? [{ party: 'origin' as const, role: assignment.role }] : []),
      ...(at(target.destinationEstablishmentId) ? [{ party: 'destination' as const, role: assignment.role }] : []),
    ];
  });
}

/** Opening a request: a clinician at its origin or its destination. */
export const canViewTeleexpertise = (actor: Actor, target: TeleexpertiseAccessTarget): boolean =>
  teleexpertiseActorRoles(actor, target).length > 0;

/** Asking for advice from an establishment: a clinician working there. */
export const canAskTeleexpertise = (actor: Actor, target: { gstId: string; establishmentId: string }): boolean =>
  actor.assignments.some((assignment) => clinicalRoles.includes(assignment.role) && covers(assignment, target));

/** Seeing an establishment's tele-expertise worklists: a clinician there. */
export const canViewTeleexpertiseWorklists = canAskTeleexpertise;
