import { MOROCCO_TIME_ZONE } from '../referrals/working-calendar';
import type { RosterModel } from './roster-model';

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: MOROCCO_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A shift as people read it: `Anaesthesia astreinte, 2026-11-03 18:00–08:00` (Morocco's wall clock). */
export function describeShift(model: RosterModel, shift: number): string {
  const line = model.lineOf[shift];
  const data = model.shifts[shift];
  if (!line || !data) {
    return `shift #${shift}`;
  }
  const from = clock.format(new Date(data.startsAt));
  const to = clock.format(new Date(data.endsAt));
  return `${line.name}, ${data.day} ${from}–${to}`;
}

/** A person's name as shown in messages. */
export const describePerson = (model: RosterModel, person: number): string =>
  model.persons[person]?.name ?? `staff #${person}`;
