import type { Actor, ReferralWorklist, Role } from '@tansiq/domain';

const clinicians: readonly Role[] = ['physician', 'nurse'];

/** The roles the user holds today at an establishment. */
const rolesAt = (actor: Actor, establishmentId: string): Role[] =>
  actor.assignments.filter((assignment) => assignment.establishmentId === establishmentId).map(({ role }) => role);

/**
 * The worklists worth a tab for this user at this establishment, sender side then destination side, and the one to
 * open first: triage for a physician, booking for the desk, the referrals sent for a nurse.
 */
export function worklistTabs(
  actor: Actor,
  establishmentId: string,
): { tabs: ReferralWorklist[]; first: ReferralWorklist } {
  const roles = rolesAt(actor, establishmentId);
  const clinician = roles.some((role) => clinicians.includes(role));
  const physician = roles.includes('physician');
  const tabs: ReferralWorklist[] = [
    ...(clinician ? (['sent_by_me'] as const) : []),
    'sent_from_here',
    ...(clinician ? (['to_close'] as const) : []),
    ...(physician ? (['to_triage'] as const) : []),
    'to_book',
    'upcoming',
    ...(physician ? (['to_counter_refer'] as const) : []),
    'overdue',
    'closed',
  ];
  const first: ReferralWorklist = physician ? 'to_triage' : clinician ? 'sent_by_me' : 'to_book';
  return { tabs, first };
}
