import {
  cinSchema,
  localPatientIdSchema,
  parseRegionalPatientId,
  patientPhoneSchema,
  patientSearchInputSchema,
  type PatientSearchInput,
  type PatientSex,
} from '@tansiq/domain';
import { parseBirthDateInput, type BirthDateProblem } from './birth-date-text';

/** What the desk types in the search form, as typed. */
export interface SearchValues {
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: PatientSex | '';
  cin: string;
  phone: string;
  communeCode: string | null;
  /** A regional patient id or the establishment's local number (IPP). */
  identifier: string;
}

export const emptySearchValues: SearchValues = {
  familyName: '',
  givenName: '',
  birthDate: '',
  sex: '',
  cin: '',
  phone: '',
  communeCode: null,
  identifier: '',
};

/** A field the search cannot use yet, with the translation key of the reason. */
export type SearchProblems = Partial<Record<keyof SearchValues, string>>;

const birthDateProblemKeys: Record<BirthDateProblem, string> = {
  format: 'patients.validation.birthDateFormat',
  notExist: 'patients.validation.birthDateNotExist',
  future: 'patients.validation.birthDateFuture',
  tooOld: 'patients.validation.birthDateTooOld',
};

/** A name starts to narrow the search at its second letter; one letter alone would list the whole block. */
const minimumNameLength = 2;

/**
 * Turns what the desk typed into a search: each field is checked on its own, so one field still being typed (half a
 * phone number) does not stop the others from searching; the fields that cannot be used yet come back as problems.
 * No search (`undefined`) until a name, a birth date, an identifier or a phone is usable.
 */
export function toSearchInput(
  values: SearchValues,
  establishmentId: string | null,
): { input: PatientSearchInput | undefined; problems: SearchProblems } {
  const problems: SearchProblems = {};
  const candidate: Record<string, unknown> = {};
  if (establishmentId !== null) {
    candidate.establishmentId = establishmentId;
  }
  for (const field of ['familyName', 'givenName'] as const) {
    const name = values[field].trim();
    if (name.length >= minimumNameLength) {
      candidate[field] = name.slice(0, 80);
    }
  }
  const birthDate = parseBirthDateInput(values.birthDate);
  if (birthDate.problem !== undefined) {
    problems.birthDate = birthDateProblemKeys[birthDate.problem];
  } else if (birthDate.value !== null) {
    candidate.birthDate = birthDate.value;
  }
  if (values.sex !== '') {
    candidate.sex = values.sex;
  }
  if (values.cin.trim() !== '') {
    const cin = cinSchema.safeParse(values.cin);
    if (cin.success) {
      candidate.cin = cin.data;
    } else {
      problems.cin = 'patients.validation.cin';
    }
  }
  if (values.phone.trim() !== '') {
    const phone = patientPhoneSchema.safeParse(values.phone);
    if (phone.success) {
      candidate.phone = phone.data;
    } else {
      problems.phone = 'patients.validation.phone';
    }
  }
  if (values.communeCode !== null) {
    candidate.communeCode = values.communeCode;
  }
  const identifier = values.identifier.trim();
  if (identifier !== '') {
    // Both lookups are exact: a number that reads as a valid regional id and as an IPP is looked up as both.
    const regionalId = parseRegionalPatientId(identifier);
    const localId = localPatientIdSchema.safeParse(identifier);
    if (regionalId !== undefined) {
      candidate.regionalId = regionalId;
    }
    if (localId.success && establishmentId !== null) {
      candidate.localId = localId.data;
    }
    if (regionalId === undefined && !(localId.success && establishmentId !== null)) {
      problems.identifier = 'patients.validation.identifier';
    }
  }
  const parsed = patientSearchInputSchema.safeParse(candidate);
  return { input: parsed.success ? parsed.data : undefined, problems };
}
