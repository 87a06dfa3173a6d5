import type { Actor } from '../auth/roles';
import { clinicalRoles, establishmentsWhereActor } from '../patients/patient-policy';

/** Only the clinician who broke the glass may end that access early (the expiry ends everyone's). */
export const canEndBreakGlass = (actor: Actor, access: { userId: string }): boolean => access.userId === actor.userId;

/** Nobody reviews their own access, even holding both roles: the review is a second pair of eyes. */
export const canReviewBreakGlassAccess = (actor: Actor, access: { userId: string }): boolean =>
  access.userId !== actor.userId;

/**
 * The establishment a break-the-glass access is recorded at: where the clinician works in the patient's GST (the
 * first such assignment when there are several). `null` when the actor is no clinician there.
 */
export function breakGlassEstablishmentOf(actor: Actor, gstId: string): string | null {
  return establishmentsWhereActor(actor, clinicalRoles, gstId)[0] ?? null;
}
