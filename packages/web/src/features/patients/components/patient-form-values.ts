import {
  isArabic,
  localPatientIdSchema,
  parseRegionalPatientId,
  type AmoScheme,
  type FieldIssue,
  type Patient,
  type PatientSex,
  type VitalStatus,
} from '@tansiq/domain';
import { parseBirthDateInput, toBirthDateInput, type BirthDateProblem } from './birth-date-text';
import { formatPhone } from './format-phone';
import type { SearchValues } from './search-values';

/** The identity form as typed (create and edit share it). */
export interface PatientFormValues {
  familyNameLatin: string;
  givenNameLatin: string;
  familyNameArabic: string;
  givenNameArabic: string;
  fatherGivenName: string;
  sex: PatientSex;
  /** As typed: `JJ/MM/AAAA`, `MM/AAAA` or `AAAA`. */
  birthDate: string;
  cin: string;
  amoScheme: AmoScheme;
  amoNumber: string;
  /** One to three phones; empty rows are dropped. */
  phones: string[];
  communeCode: string | null;
  address: string;
  referenceEstablishmentId: string | null;
  /** The name of the chosen reference centre, to show it before the list has loaded. */
  referenceEstablishmentName: string;
  vitalStatus: VitalStatus;
  /** `YYYY-MM-DD` from the date input, '' when unknown. */
  deathDate: string;
}

export const maxPhones = 3;

export const emptyPatientFormValues: PatientFormValues = {
  familyNameLatin: '',
  givenNameLatin: '',
  familyNameArabic: '',
  givenNameArabic: '',
  fatherGivenName: '',
  sex: 'unknown',
  birthDate: '',
  cin: '',
  amoScheme: 'unknown',
  amoNumber: '',
  phones: [''],
  communeCode: null,
  address: '',
  referenceEstablishmentId: null,
  referenceEstablishmentName: '',
  vitalStatus: 'alive',
  deathDate: '',
};

/** A name typed in the search goes to the field of its script. */
function splitByScript(name: string): { latin: string; arabic: string } {
  const trimmed = name.trim();
  return isArabic(trimmed) ? { latin: '', arabic: trimmed } : { latin: trimmed, arabic: '' };
}

/** The new-patient form prefilled from the search, so the desk types nothing twice; and the IPP if one was typed. */
export function fromSearchValues(search: SearchValues): { values: PatientFormValues; localId: string } {
  const family = splitByScript(search.familyName);
  const given = splitByScript(search.givenName);
  const identifier = search.identifier.trim();
  const isLocalId =
    parseRegionalPatientId(identifier) === undefined && localPatientIdSchema.safeParse(identifier).success;
  return {
    values: {
      ...emptyPatientFormValues,
      familyNameLatin: family.latin,
      familyNameArabic: family.arabic,
      givenNameLatin: given.latin,
      givenNameArabic: given.arabic,
      sex: search.sex === '' ? 'unknown' : search.sex,
      birthDate: search.birthDate.trim(),
      cin: search.cin.trim(),
      phones: [search.phone.trim()],
      communeCode: search.communeCode,
    },
    localId: isLocalId ? identifier : '',
  };
}

/** The search criteria of a form, to look again for the person (after the server found possible duplicates). */
export function toSearchValues(values: PatientFormValues, localId: string): SearchValues {
  return {
    familyName: values.familyNameLatin || values.familyNameArabic,
    givenName: values.givenNameLatin || values.givenNameArabic,
    birthDate: values.birthDate,
    sex: values.sex === 'unknown' ? '' : values.sex,
    cin: values.cin,
    phone: values.phones.find((phone) => phone.trim() !== '') ?? '',
    communeCode: values.communeCode,
    identifier: localId,
  };
}

/** The form of a stored patient, for editing. */
export function toPatientFormValues(patient: Patient): PatientFormValues {
  return {
    familyNameLatin: patient.familyNameLatin ?? '',
    givenNameLatin: patient.givenNameLatin ?? '',
    familyNameArabic: patient.familyNameArabic ?? '',
    givenNameArabic: patient.givenNameArabic ?? '',
    fatherGivenName: patient.fatherGivenName ?? '',
    sex: patient.sex,
    birthDate: toBirthDateInput(patient.birthDate),
    cin: patient.cin ?? '',
    amoScheme: patient.amoScheme,
    amoNumber: patient.amoNumber ?? '',
    phones: patient.phones.length > 0 ? patient.phones.map(formatPhone) : [''],
    communeCode: patient.communeCode,
    address: patient.address ?? '',
    referenceEstablishmentId: patient.referenceEstablishmentId,
    referenceEstablishmentName: patient.referenceEstablishmentName ?? '',
    vitalStatus: patient.vitalStatus,
    deathDate: patient.deathDate ?? '',
  };
}

const birthDateMessages: Record<BirthDateProblem, string> = {
  format: 'patients.validation.birthDateFormat',
  notExist: 'patients.validation.birthDateNotExist',
  future: 'patients.validation.birthDateFuture',
  tooOld: 'patients.validation.birthDateTooOld',
};

const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/**
 * The form as the domain's demographics, for the domain schema to validate. A birth date that cannot be read is left
 * out and comes back as an issue of its own (translation key as message), under `prefix`.
 */
export function toDemographicsCandidate(
  values: PatientFormValues,
  prefix: readonly string[],
): { candidate: Record<string, unknown>; issues: FieldIssue[] } {
  const birthDate = parseBirthDateInput(values.birthDate);
  const issues: FieldIssue[] =
    birthDate.problem === undefined
      ? []
      : [{ path: [...prefix, 'birthDate'], message: birthDateMessages[birthDate.problem], code: 'birth_date' }];
  return {
    candidate: {
      familyNameLatin: values.familyNameLatin,
      givenNameLatin: values.givenNameLatin,
      familyNameArabic: values.familyNameArabic,
      givenNameArabic: values.givenNameArabic,
      fatherGivenName: values.fatherGivenName,
      sex: values.sex,
      birthDate: birthDate.value ?? null,
      cin: orNull(values.cin),
      amoScheme: values.amoScheme,
      amoNumber: orNull(values.amoNumber),
      phones: values.phones.filter((phone) => phone.trim() !== ''),
      communeCode: values.communeCode,
      address: values.address,
      referenceEstablishmentId: values.referenceEstablishmentId,
      vitalStatus: values.vitalStatus,
      deathDate: values.vitalStatus === 'deceased' ? orNull(values.deathDate) : null,
    },
    issues,
  };
}
