import type { Role } from '../auth/roles';

/**
 * The life of a tele-expertise request (issue #4 §6): open → answered | cancelled. The answer is advice only, a
 * conversion to a prefilled referral (sent by the asker through the referral form), or a proposed teleconsultation
 * (booked on the destination service's teleconsultation sessions, then reported by the specialist).
 */
export const teleexpertiseStatuses = ['open', 'answered', 'cancelled'] as const;
export type TeleexpertiseStatus = (typeof teleexpertiseStatuses)[number];

export const teleexpertiseAnswerKinds = ['advice', 'referral', 'teleconsultation'] as const;
export type TeleexpertiseAnswerKind = (typeof teleexpertiseAnswerKinds)[number];

export const teleexpertiseActions = [
  'answer',
  'cancel',
  'book_teleconsultation',
  'cancel_teleconsultation',
  'teleconsultation_no_show',
  'report_teleconsultation',
] as const;
export type TeleexpertiseAction = (typeof teleexpertiseActions)[number];

/** Which end of the request an actor works at: the asker's establishment (origin) or the specialists' (destination). */
export type TeleexpertiseParty = 'origin' | 'destination';

/** A role the actor holds at one end of the request. */
export interface TeleexpertiseActorRole {
  party: TeleexpertiseParty;
  role: Role;
}

/** What the request allows beyond its status: the kind of its answer and whether a teleconsultation is booked. */
export interface TeleexpertiseContext {
  answerKind: TeleexpertiseAnswerKind | null;
  /** The request's teleconsultation: none (or cancelled, or missed: to book again), booked (to report) or attended. */
  teleconsultation: 'none' | 'booked' | 'attended';
}

/** The teleconsultation state from its latest live appointment: a missed one (no-show) may be booked again. */
export const teleconsultationStateOf = (
  appointmentStatus: 'booked' | 'attended' | 'no_show' | 'cancelled' | undefined,
): TeleexpertiseContext['teleconsultation'] =>
  appointmentStatus === 'booked' ? 'booked' : appointmentStatus === 'attended' ? 'attended' : 'none';

interface Rule {
  from: readonly TeleexpertiseStatus[];
  by: Partial<Record<TeleexpertiseParty, readonly Role[]>>;
  when?: (context: TeleexpertiseContext) => boolean;
}

const clinicians: readonly Role[] = ['physician', 'nurse'];

/** Answering and reporting are medical acts of the destination's physicians; the asker's clinicians cancel. */
const rules: Record<TeleexpertiseAction, Rule> = {
  answer: { from: ['open'], by: { destination: ['physician'] } },
  cancel: { from: ['open'], by: { origin: clinicians } },
  book_teleconsultation: {
    from: ['answered'],
    by: { origin: clinicians, destination: clinicians },
    when: (context) => context.answerKind === 'teleconsultation' && context.teleconsultation === 'none',
  },
  // Either end may call a booked session off (then book another: that is a reschedule); the specialist's end records
  // that the patient did not come, which also lets it be booked again.
  cancel_teleconsultation: {
    from: ['answered'],
    by: { origin: clinicians, destination: clinicians },
    when: (context) => context.teleconsultation === 'booked',
  },
  teleconsultation_no_show: {
    from: ['answered'],
    by: { destination: clinicians },
    when: (context) => context.teleconsultation === 'booked',
  },
  report_teleconsultation: {
    from: ['answered'],
    by: { destination: ['physician'] },
    when: (context) => context.teleconsultation === 'booked',
  },
};

/** The decision on one action: allowed, forbidden for this actor, or not allowed now (with what is). */
export type TeleexpertiseDecision =
  { outcome: 'allowed' } | { outcome: 'forbidden' } | { outcome: 'conflict'; allowedActions: TeleexpertiseAction[] };

const roleMay = (rule: Rule, roles: readonly TeleexpertiseActorRole[]) =>
  roles.some(({ party, role }) => (rule.by[party] ?? []).includes(role));

const stateAllows = (rule: Rule, status: TeleexpertiseStatus, context: TeleexpertiseContext) =>
  rule.from.includes(status) && (rule.when?.(context) ?? true);

/** The actions the actor may take on a request now. */
export function allowedTeleexpertiseActions(
  status: TeleexpertiseStatus,
  roles: readonly TeleexpertiseActorRole[],
  context: TeleexpertiseContext,
): TeleexpertiseAction[] {
  return teleexpertiseActions.filter((action) => {
    const rule = rules[action];
    return roleMay(rule, roles) && stateAllows(rule, status, context);
  });
}

/** Decides an action: 403 when the actor's roles may never take it, 409 when the request's state does not allow it. */
export function decideTeleexpertiseAction(
  status: TeleexpertiseStatus,
  action: TeleexpertiseAction,
  roles: readonly TeleexpertiseActorRole[],
  context: TeleexpertiseContext,
): TeleexpertiseDecision {
  const rule = rules[action];
  if (!roleMay(rule, roles)) {
    return { outcome: 'forbidden' };
  }
  if (!stateAllows(rule, status, context)) {
    return { outcome: 'conflict', allowedActions: allowedTeleexpertiseActions(status, roles, context) };
  }
  return { outcome: 'allowed' };
}
