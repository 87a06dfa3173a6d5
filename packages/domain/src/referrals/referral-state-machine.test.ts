import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import {
  allowedReferralActions,
  decideReferralAction,
  referralActions,
  referralStatuses,
  type ReferralAction,
  type ReferralActorRole,
  type ReferralParty,
  type ReferralStatus,
  type ReferralTransitionContext,
} from './referral-state-machine';

const routine: ReferralTransitionContext = { urgency: 'routine', directBooking: false };
const directBooking: ReferralTransitionContext = { urgency: 'routine', directBooking: true };
const emergency: ReferralTransitionContext = { urgency: 'emergency', directBooking: false };

/**
 * Every (status, action, role) of a routine referral without direct booking, written out by hand: the actions each
 * party's role may take in each status. Anything not listed is refused (403 for a role that may never take the
 * action, 409 for a status that does not allow it).
 */
const expected: Record<ReferralStatus, Partial<Record<`${ReferralParty}:${Role}`, string>>> = {
  draft: { 'sender:physician': 'edit send cancel', 'sender:nurse': 'edit send cancel' },
  sent: {
    'sender:physician': 'cancel',
    'sender:nurse': 'cancel',
    'destination:physician': 'accept decline redirect',
  },
  accepted: {
    'sender:physician': 'cancel',
    'sender:nurse': 'cancel',
    'destination:physician': 'redirect waitlist book',
    'destination:nurse': 'waitlist book',
    'destination:secretary': 'waitlist book',
    'destination:establishment_admin': 'waitlist book',
  },
  declined: {},
  waitlisted: {
    'sender:physician': 'cancel',
    'sender:nurse': 'cancel',
    'destination:physician': 'redirect book',
    'destination:nurse': 'book',
    'destination:secretary': 'book',
    'destination:establishment_admin': 'book',
  },
  booked: {
    'sender:physician': 'cancel',
    'sender:nurse': 'cancel',
    'destination:physician': 'reschedule attend no_show',
    'destination:nurse': 'reschedule attend no_show',
    'destination:secretary': 'reschedule attend no_show',
    'destination:establishment_admin': 'reschedule',
  },
  attended: { 'destination:physician': 'counter_refer' },
  no_show: {
    'sender:physician': 'close',
    'sender:nurse': 'close',
    'destination:physician': 'book close',
    'destination:nurse': 'book',
    'destination:secretary': 'book',
    'destination:establishment_admin': 'book',
  },
  counter_referred: {
    'sender:physician': 'close',
    'sender:nurse': 'close',
    'destination:physician': 'close',
  },
  closed: {},
  cancelled: {},
};

const parties: ReferralParty[] = ['sender', 'destination'];
const careRoles: Role[] = ['physician', 'nurse', 'secretary', 'establishment_admin'];
const cells = referralStatuses.flatMap((status) =>
  parties.flatMap((party) => careRoles.map((role) => ({ status, party, role }))),
);

describe('the referral state machine', () => {
  it.each(cells)('$status: $party $role may take exactly the listed actions', ({ status, party, role }) => {
    const listed = (expected[status][`${party}:${role}`] ?? '').split(' ').filter(Boolean).sort();
    const roles: ReferralActorRole[] = [{ party, role }];
    expect([...allowedReferralActions(status, roles, routine)].sort()).toEqual(listed);
    for (const action of referralActions) {
      const decision = decideReferralAction(status, action, roles, routine);
      expect(decision.outcome === 'allowed').toBe(listed.includes(action));
    }
  });

  it('answers forbidden to a role that may never take the action, and conflict with the allowed actions otherwise', () => {
    const secretary: ReferralActorRole[] = [{ party: 'destination', role: 'secretary' }];
    expect(decideReferralAction('sent', 'accept', secretary, routine)).toEqual({ outcome: 'forbidden' });
    const physician: ReferralActorRole[] = [{ party: 'destination', role: 'physician' }];
    expect(decideReferralAction('accepted', 'accept', physician, routine)).toEqual({
      outcome: 'conflict',
      allowedActions: ['redirect', 'waitlist', 'book'],
    });
    // A non-care role (or no role at either end) may do nothing.
    expect(decideReferralAction('sent', 'cancel', [], routine)).toEqual({ outcome: 'forbidden' });
  });

  it('gives the next status of each allowed action', () => {
    const destination: ReferralActorRole[] = [{ party: 'destination', role: 'physician' }];
    const sender: ReferralActorRole[] = [{ party: 'sender', role: 'nurse' }];
    const steps: [ReferralStatus, ReferralAction, ReferralActorRole[], ReferralStatus][] = [
      ['draft', 'send', sender, 'sent'],
      ['sent', 'accept', destination, 'accepted'],
      ['sent', 'decline', destination, 'declined'],
      ['accepted', 'redirect', destination, 'sent'],
      ['accepted', 'waitlist', destination, 'waitlisted'],
      ['waitlisted', 'book', destination, 'booked'],
      ['booked', 'reschedule', destination, 'booked'],
      ['booked', 'attend', destination, 'attended'],
      ['booked', 'no_show', destination, 'no_show'],
      ['no_show', 'book', destination, 'booked'],
      ['attended', 'counter_refer', destination, 'counter_referred'],
      ['counter_referred', 'close', sender, 'closed'],
      ['booked', 'cancel', sender, 'cancelled'],
    ];
    for (const [from, action, roles, to] of steps) {
      expect(decideReferralAction(from, action, roles, routine)).toEqual({ outcome: 'allowed', to });
    }
  });

  it('lets the sender book and reschedule only where the service allows direct booking', () => {
    const senderDesk: ReferralActorRole[] = [{ party: 'sender', role: 'secretary' }];
    expect(decideReferralAction('accepted', 'book', senderDesk, routine)).toEqual({ outcome: 'forbidden' });
    expect(decideReferralAction('accepted', 'book', senderDesk, directBooking)).toEqual({
      outcome: 'allowed',
      to: 'booked',
    });
    expect(allowedReferralActions('booked', senderDesk, directBooking)).toEqual(['reschedule']);
  });

  it('takes an emergency transfer from accepted to attended, and never books or waitlists it', () => {
    const destination: ReferralActorRole[] = [{ party: 'destination', role: 'nurse' }];
    expect(decideReferralAction('accepted', 'attend', destination, emergency)).toEqual({
      outcome: 'allowed',
      to: 'attended',
    });
    expect(decideReferralAction('accepted', 'attend', destination, routine).outcome).toBe('conflict');
    expect(decideReferralAction('accepted', 'book', destination, emergency).outcome).toBe('conflict');
    expect(decideReferralAction('accepted', 'waitlist', destination, emergency).outcome).toBe('conflict');
  });

  it('combines the roles of an actor who works at both ends', () => {
    const both: ReferralActorRole[] = [
      { party: 'sender', role: 'physician' },
      { party: 'destination', role: 'physician' },
    ];
    expect(allowedReferralActions('sent', both, routine)).toEqual(['accept', 'decline', 'redirect', 'cancel']);
  });
});
