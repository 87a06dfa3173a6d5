import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import { defaultWorkingWeekdays, type WorkingCalendar } from '../referrals/working-calendar';
import {
  allowedTeleexpertiseActions,
  decideTeleexpertiseAction,
  type TeleexpertiseContext,
  type TeleexpertiseParty,
  type TeleexpertiseStatus,
} from './teleexpertise-state-machine';
import { isTeleexpertiseOverdue, teleexpertiseDueAt } from './teleexpertise-timer';

const none: TeleexpertiseContext = { answerKind: null, teleconsultation: 'none' };
const proposed: TeleexpertiseContext = { answerKind: 'teleconsultation', teleconsultation: 'none' };
const booked: TeleexpertiseContext = { answerKind: 'teleconsultation', teleconsultation: 'booked' };
const advice: TeleexpertiseContext = { answerKind: 'advice', teleconsultation: 'none' };

const role = (party: TeleexpertiseParty, name: Role) => [{ party, role: name }];

describe('the tele-expertise state machine', () => {
  it.each<[TeleexpertiseStatus, TeleexpertiseContext, TeleexpertiseParty, Role, string]>([
    ['open', none, 'destination', 'physician', 'answer'],
    ['open', none, 'destination', 'nurse', ''],
    ['open', none, 'origin', 'physician', 'cancel'],
    ['open', none, 'origin', 'nurse', 'cancel'],
    ['open', none, 'origin', 'secretary', ''],
    ['answered', advice, 'origin', 'physician', ''],
    ['answered', advice, 'destination', 'physician', ''],
    ['answered', proposed, 'origin', 'nurse', 'book_teleconsultation'],
    ['answered', proposed, 'destination', 'physician', 'book_teleconsultation'],
    [
      'answered',
      booked,
      'destination',
      'physician',
      'cancel_teleconsultation teleconsultation_no_show report_teleconsultation',
    ],
    ['answered', booked, 'destination', 'nurse', 'cancel_teleconsultation teleconsultation_no_show'],
    ['answered', booked, 'destination', 'secretary', ''],
    ['answered', booked, 'origin', 'physician', 'cancel_teleconsultation'],
    ['answered', booked, 'origin', 'nurse', 'cancel_teleconsultation'],
    ['answered', { answerKind: 'teleconsultation', teleconsultation: 'attended' }, 'destination', 'physician', ''],
    ['cancelled', none, 'origin', 'physician', ''],
  ])('in %s (%o), a %s %s may: %s', (status, context, party, name, actions) => {
    expect(allowedTeleexpertiseActions(status, role(party, name), context).join(' ')).toBe(actions);
  });

  it('refuses an answer from the asker (403) and a second answer (409)', () => {
    expect(decideTeleexpertiseAction('open', 'answer', role('origin', 'physician'), none)).toEqual({
      outcome: 'forbidden',
    });
    expect(decideTeleexpertiseAction('answered', 'answer', role('destination', 'physician'), advice)).toEqual({
      outcome: 'conflict',
      allowedActions: [],
    });
    expect(decideTeleexpertiseAction('open', 'answer', role('destination', 'physician'), none)).toEqual({
      outcome: 'allowed',
    });
  });
});

describe('the response timer', () => {
  const calendar: WorkingCalendar = { workingWeekdays: defaultWorkingWeekdays, holidays: new Set(['2026-12-08']) };

  it('falls due 2 working days after the question, skipping weekends and holidays', () => {
    // Friday 4 December → Monday 7, (Tuesday 8 is a holiday) → Wednesday 9.
    const due = teleexpertiseDueAt(new Date('2026-12-04T10:00:00Z'), calendar);
    expect(due.toISOString().slice(0, 10)).toBe('2026-12-09');
  });

  it('is overdue only while the request is open past its due date', () => {
    const due = new Date('2026-12-09T10:00:00Z');
    const after = new Date('2026-12-10T00:00:00Z');
    expect(isTeleexpertiseOverdue('open', due, after)).toBe(true);
    expect(isTeleexpertiseOverdue('answered', due, after)).toBe(false);
    expect(isTeleexpertiseOverdue('open', due, new Date('2026-12-08T00:00:00Z'))).toBe(false);
  });
});
