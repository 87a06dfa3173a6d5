import type { Actor, Role } from '../auth/roles';
import { canViewRegistry, covers } from '../auth/access-policy';

/** A service of the directory: an establishment's specialty. */
export interface ServiceTarget {
  gstId: string;
  establishmentId: string;
}

const holds = (actor: Actor, roles: readonly Role[], target: { gstId: string; establishmentId?: string }) =>
  actor.assignments.some((assignment) => roles.includes(assignment.role) && covers(assignment, target));

/** The directory, sessions and beds are read by everyone working in the GST (senders choose where to refer). */
export const canViewServiceDirectory = (actor: Actor, gstId: string): boolean => canViewRegistry(actor, gstId);

/** Editing a service's entry, schedule and closures: its establishment's administrators, the GST's, the nation's. */
export const canManageServiceDirectory = (actor: Actor, target: ServiceTarget): boolean =>
  holds(actor, ['national_admin', 'gst_admin'], { gstId: target.gstId }) ||
  holds(actor, ['establishment_admin'], target);

/** Beds available change through the day: the physicians and nurses working there update them too. */
export const canUpdateBeds = (actor: Actor, target: ServiceTarget): boolean =>
  canManageServiceDirectory(actor, target) || holds(actor, ['physician', 'nurse'], target);

/** The GST's public holidays (the working calendar of timers and sessions): its administrators. */
export const canManageGstHolidays = (actor: Actor, gstId: string): boolean =>
  holds(actor, ['national_admin', 'gst_admin'], { gstId });

/**
 * The slot shortage worklist: the whole GST for its staff (administrators, director), an establishment's services for
 * its administrators.
 */
export function slotShortageScope(actor: Actor, gstId: string): 'gst' | string[] {
  if (holds(actor, ['national_admin', 'gst_admin', 'gst_director'], { gstId })) {
    return 'gst';
  }
  return [
    ...new Set(
      actor.assignments.flatMap((assignment) =>
        assignment.role === 'establishment_admin' && assignment.gstId === gstId && assignment.establishmentId
          ? [assignment.establishmentId]
          : [],
      ),
    ),
  ];
}

/** Whether the actor has a slot shortage worklist in the GST. */
export const canViewSlotShortages = (actor: Actor, gstId: string): boolean => {
  const scope = slotShortageScope(actor, gstId);
  return scope === 'gst' || scope.length > 0;
};
