import type { Role } from '../auth/roles';

/**
 * The closed loop of a referral (issue #4 §3), aligned with FHIR ServiceRequest + Task and IHE 360X: draft → sent →
 * accepted | declined | redirected (back to sent, at another destination) → waitlisted → booked → rescheduled →
 * attended | no-show → counter-referred → closed; cancelled by the sender before attendance. An emergency transfer
 * skips booking: once accepted, the patient's arrival is recorded as attended.
 */
export const referralStatuses = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'waitlisted',
  'booked',
  'attended',
  'no_show',
  'counter_referred',
  'closed',
  'cancelled',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referralActions = [
  'edit',
  'send',
  'accept',
  'decline',
  'redirect',
  'waitlist',
  'book',
  'reschedule',
  'attend',
  'no_show',
  'counter_refer',
  'close',
  'cancel',
] as const;
export type ReferralAction = (typeof referralActions)[number];

export const referralUrgencies = ['routine', 'urgent', 'emergency'] as const;
export type ReferralUrgency = (typeof referralUrgencies)[number];

/** Which end of the referral an actor works at: the origin (sender) or the destination. */
export type ReferralParty = 'sender' | 'destination';

/** A role the actor holds at one end of the referral. */
export interface ReferralActorRole {
  party: ReferralParty;
  role: Role;
}

interface TransitionRule {
  from: readonly ReferralStatus[];
  to: ReferralStatus | 'same';
  /** Who may take the action, by end of the referral. */
  by: Partial<Record<ReferralParty, readonly Role[]>>;
}

const clinicians: readonly Role[] = ['physician', 'nurse'];
const deskAndClinicians: readonly Role[] = ['physician', 'nurse', 'secretary'];
const bookers: readonly Role[] = ['physician', 'nurse', 'secretary', 'establishment_admin'];

/** The transition table. Triage (accept, decline, redirect) and the counter-referral are medical decisions. */
const rules: Record<ReferralAction, TransitionRule> = {
  edit: { from: ['draft'], to: 'same', by: { sender: clinicians } },
  send: { from: ['draft'], to: 'sent', by: { sender: clinicians } },
  accept: { from: ['sent'], to: 'accepted', by: { destination: ['physician'] } },
  decline: { from: ['sent'], to: 'declined', by: { destination: ['physician'] } },
  redirect: { from: ['sent', 'accepted', 'waitlisted'], to: 'sent', by: { destination: ['physician'] } },
  waitlist: { from: ['accepted'], to: 'waitlisted', by: { destination: bookers } },
  book: { from: ['accepted', 'waitlisted', 'no_show'], to: 'booked', by: { destination: bookers, sender: bookers } },
  reschedule: { from: ['booked'], to: 'same', by: { destination: bookers, sender: bookers } },
  attend: { from: ['booked', 'accepted'], to: 'attended', by: { destination: deskAndClinicians } },
  no_show: { from: ['booked'], to: 'no_show', by: { destination: deskAndClinicians } },
  counter_refer: { from: ['attended'], to: 'counter_referred', by: { destination: ['physician'] } },
  close: {
    from: ['counter_referred', 'no_show'],
    to: 'closed',
    by: { sender: clinicians, destination: ['physician'] },
  },
  cancel: { from: ['draft', 'sent', 'accepted', 'waitlisted', 'booked'], to: 'cancelled', by: { sender: clinicians } },
};

/** What the referral allows beyond its status: its urgency, and whether the destination service takes direct booking. */
export interface ReferralTransitionContext {
  urgency: ReferralUrgency;
  directBooking: boolean;
}

/** The decision on one action: allowed (with the next status), forbidden for this actor, or not allowed now. */
export type ReferralDecision =
  | { outcome: 'allowed'; to: ReferralStatus }
  | { outcome: 'forbidden' }
  | { outcome: 'conflict'; allowedActions: ReferralAction[] };

function roleMay(
  rule: TransitionRule,
  action: ReferralAction,
  roles: readonly ReferralActorRole[],
  context: ReferralTransitionContext,
) {
  return roles.some(({ party, role }) => {
    if (!(rule.by[party] ?? []).includes(role)) {
      return false;
    }
    // The sender books only where the destination service allows direct booking.
    return !(party === 'sender' && (action === 'book' || action === 'reschedule') && !context.directBooking);
  });
}

function stateAllows(
  rule: TransitionRule,
  action: ReferralAction,
  status: ReferralStatus,
  context: ReferralTransitionContext,
) {
  if (!rule.from.includes(status)) {
    return false;
  }
  // Only an emergency transfer goes from accepted straight to attended; emergencies are never booked or waitlisted.
  if (action === 'attend' && status === 'accepted') {
    return context.urgency === 'emergency';
  }
  if ((action === 'book' || action === 'waitlist') && context.urgency === 'emergency') {
    return false;
  }
  return true;
}

/** The actions the actor may take on a referral in its current status. */
export function allowedReferralActions(
  status: ReferralStatus,
  roles: readonly ReferralActorRole[],
  context: ReferralTransitionContext,
): ReferralAction[] {
  return referralActions.filter((action) => {
    const rule = rules[action];
    return roleMay(rule, action, roles, context) && stateAllows(rule, action, status, context);
  });
}

/**
 * Decides an action: 403 when the actor's roles may never take it on this referral, 409 (with the actions allowed now)
 * when its status does not allow it, otherwise the next status.
 */
export function decideReferralAction(
  status: ReferralStatus,
  action: ReferralAction,
  roles: readonly ReferralActorRole[],
  context: ReferralTransitionContext,
): ReferralDecision {
  const rule = rules[action];
  if (!roleMay(rule, action, roles, context)) {
    return { outcome: 'forbidden' };
  }
  if (!stateAllows(rule, action, status, context)) {
    return { outcome: 'conflict', allowedActions: allowedReferralActions(status, roles, context) };
  }
  return { outcome: 'allowed', to: rule.to === 'same' ? status : rule.to };
}

/** Statuses where the loop is over: nothing more is expected from anyone. */
export const finalReferralStatuses: readonly ReferralStatus[] = ['declined', 'closed', 'cancelled'];

/** Whether the loop of a referral is over. */
export const isReferralFinal = (status: ReferralStatus): boolean => finalReferralStatuses.includes(status);
