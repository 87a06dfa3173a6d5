import type { Actor } from '../auth/roles';
import { covers } from '../auth/access-policy';
import { careRoles, clinicalRoles } from '../patients/patient-policy';
import type { ReferralActorRole } from './referral-state-machine';

/**
 * Who may see and move a referral (issue #4): the care staff of its origin (the sender's side) and of its
 * destination. Anyone else, including GST administrators, gets 404: a referral is patient data. Aggregates are for the
 * dashboards.
 */
export interface ReferralAccessTarget {
  gstId: string;
  originEstablishmentId: string;
  destinationEstablishmentId: string;
}

/** The roles the actor holds at each end of the referral. */
export function referralActorRoles(actor: Actor, target: ReferralAccessTarget): ReferralActorRole[] {
  return actor.assignments.flatMap((assignment): ReferralActorRole[] => {
    if (!careRoles.includes(assignment.role)) {
      return [];
    }
    const at = (establishmentId: string) => covers(assignment, { gstId: target.gstId, establishmentId });
    return [
      ...(at(target.originEstablishmentId) ? [{ party: 'sender' as const, role: assignment.role }] : []),
      ...(at(target.destinationEstablishmentId) ? [{ party: 'destination' as const, role: assignment.role }] : []),
    ];
  });
}

/** Opening a referral: a care role at its origin or its destination. */
export const canViewReferral = (actor: Actor, target: ReferralAccessTarget): boolean =>
  referralActorRoles(actor, target).length > 0;

/** Reading the clinical content of a referral: a clinician at either end. */
export const canReadReferralClinicalContent = (actor: Actor, target: ReferralAccessTarget): boolean =>
  referralActorRoles(actor, target).some(({ role }) => clinicalRoles.includes(role));

/** Writing a referral from an establishment: a clinician (physician or nurse) working there. */
export const canWriteReferral = (actor: Actor, target: { gstId: string; establishmentId: string }): boolean =>
  actor.assignments.some((assignment) => clinicalRoles.includes(assignment.role) && covers(assignment, target));

/** Seeing an establishment's worklists: a care role there. */
export const canViewReferralWorklists = (actor: Actor, target: { gstId: string; establishmentId: string }): boolean =>
  actor.assignments.some((assignment) => careRoles.includes(assignment.role) && covers(assignment, target));
