import type { Encounter } from '@tansiq/domain';

/** Encounters of one calendar day (local time), in the order they came (newest first). */
export interface EncounterDay {
  day: string;
  encounters: Encounter[];
}

const localDay = (instant: string): string => {
  const moment = new Date(instant);
  const local = new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
};

/** Groups a timeline, newest first, by the local day each encounter started. */
export function groupEncountersByDay(encounters: readonly Encounter[]): EncounterDay[] {
  const days: EncounterDay[] = [];
  for (const encounter of encounters) {
    const day = localDay(encounter.startedAt);
    const last = days.at(-1);
    if (last?.day === day) {
      last.encounters.push(encounter);
    } else {
      days.push({ day, encounters: [encounter] });
    }
  }
  return days;
}
