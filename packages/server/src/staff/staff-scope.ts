import { staffDirectoryRoles, type Actor } from '@tansiq/domain';

/** Whether the actor works in the GST in a role that sees its staff directory (else its staff routes answer 404). */
export const seesStaffOf = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some((assignment) => assignment.gstId === gstId && staffDirectoryRoles.includes(assignment.role));
