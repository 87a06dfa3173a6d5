import type { EncounterKind } from '@tansiq/domain';

/** What the encounter form holds: text as typed; dates as the browser's `datetime-local` values (local time). */
export interface EncounterFormValues {
  establishmentId: string;
  kind: EncounterKind;
  specialtyCode: string;
  startedAt: string;
  endedAt: string;
  practitionerName: string;
  reason: string;
  icd10Code: string;
  outcome: string;
}

/** A `datetime-local` value (YYYY-MM-DDTHH:mm, local time) for a moment. */
export function toLocalDateTimeInput(moment: Date): string {
  const local = new Date(moment.getTime() - moment.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** A `datetime-local` value as an instant with its offset, as the API takes it; `undefined` when empty or invalid. */
export function fromLocalDateTimeInput(value: string): string | undefined {
  if (value === '') {
    return undefined;
  }
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? undefined : moment.toISOString();
}

/** A new encounter at an establishment, starting now, typed by `practitionerName` when they are a clinician. */
export function newEncounterValues(establishmentId: string, practitionerName: string): EncounterFormValues {
  return {
    establishmentId,
    kind: 'consultation',
    specialtyCode: '',
    startedAt: toLocalDateTimeInput(new Date()),
    endedAt: '',
    practitionerName,
    reason: '',
    icd10Code: '',
    outcome: '',
  };
}

/** The form's values as the candidate input the domain schema validates (empty optional fields become null). */
export function toEncounterCandidate(values: EncounterFormValues): Record<string, unknown> {
  return {
    establishmentId: values.establishmentId,
    kind: values.kind,
    specialtyCode: values.specialtyCode === '' ? null : values.specialtyCode,
    startedAt: fromLocalDateTimeInput(values.startedAt),
    endedAt: values.endedAt === '' ? null : (fromLocalDateTimeInput(values.endedAt) ?? values.endedAt),
    practitionerName: values.practitionerName,
    reason: values.reason,
    icd10Code: values.icd10Code.trim() === '' ? null : values.icd10Code,
    outcome: values.outcome === '' ? null : values.outcome,
  };
}
