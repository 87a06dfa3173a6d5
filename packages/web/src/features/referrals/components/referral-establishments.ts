import { canViewReferralWorklists, canWriteReferral, type Actor, type Me } from '@tansiq/domain';

/** An establishment of the user's, with its name as the session knows it. */
export interface UserEstablishment {
  id: string;
  name: string;
}

function establishmentsWhere(me: Me, allowed: (establishmentId: string) => boolean): UserEstablishment[] {
  const result = new Map<string, UserEstablishment>();
  for (const assignment of me.user.assignments) {
    const id = assignment.establishmentId;
    if (id !== null && !result.has(id) && allowed(id)) {
      result.set(id, { id, name: assignment.establishmentName ?? id });
    }
  }
  return [...result.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Where the user may write referrals from: establishments where they work as physician or nurse today. */
export const referralOrigins = (me: Me, actor: Actor, gstId: string): UserEstablishment[] =>
  establishmentsWhere(me, (establishmentId) => canWriteReferral(actor, { gstId, establishmentId }));

/** Whose worklists the user may see: establishments where they hold a care role today. */
export const worklistEstablishments = (me: Me, actor: Actor, gstId: string): UserEstablishment[] =>
  establishmentsWhere(me, (establishmentId) => canViewReferralWorklists(actor, { gstId, establishmentId }));
