import { careRoles, establishmentsWhereActor, type Actor, type Me } from '@tansiq/domain';

/** An establishment where the user registers patients, with its name as the session knows it. */
export interface DeskEstablishment {
  id: string;
  name: string;
}

/**
 * The establishments of a GST where the user works with patients (a care role held there today). Only to offer the
 * registration: the server decides.
 */
export function deskEstablishments(me: Me, actor: Actor, gstId: string): DeskEstablishment[] {
  const ids = new Set(establishmentsWhereActor(actor, careRoles, gstId));
  const result = new Map<string, DeskEstablishment>();
  for (const assignment of me.user.assignments) {
    const id = assignment.establishmentId;
    if (id !== null && ids.has(id) && !result.has(id)) {
      result.set(id, { id, name: assignment.establishmentName ?? id });
    }
  }
  return [...result.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
