import { canViewRegistry, covers } from '../auth/access-policy';
import type { Actor } from '../auth/roles';

/** Pathway maps are read by everyone working in the GST, like the registry they are drawn on. */
export const canViewPathways = (actor: Actor, gstId: string): boolean => canViewRegistry(actor, gstId);

/** Generating, editing and publishing a GST's pathway maps: its administrators and the national administrators. */
export const canManagePathways = (actor: Actor, gstId: string): boolean =>
  actor.assignments.some(
    (assignment) =>
      (assignment.role === 'national_admin' || assignment.role === 'gst_admin') && covers(assignment, { gstId }),
  );
