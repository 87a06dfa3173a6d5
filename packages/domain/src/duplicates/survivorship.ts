import { z } from 'zod';
import type { FieldChange } from '../establishments/establishment';
import {
  amoSchemes,
  birthDatePrecisionOf,
  patientSexes,
  vitalStatuses,
  type PatientDemographics,
} from '../patients/patient';

/**
 * Survivorship: how two records of one person become one golden record (issue #3 §6).
 *
 * The survivor is the older record (lower `createdAt`) unless the reviewer picks the other one. Its values win, except:
 * - a field empty on the survivor (null, no phone, sex `unknown`, AMO scheme `unknown`) takes the merged record's value,
 *   so a name in a script the survivor lacks, a CIN or an AMO number present on one side only are kept;
 * - the birth date of better precision wins (day > month > year), because a year-only date is an estimate;
 * - phones are united, the survivor's first, at most 3 (the schema's limit);
 * - an AMO number comes with its scheme (a number without its scheme is meaningless);
 * - `deceased` wins over `alive`, with its death date: a death recorded anywhere must not be lost.
 * Identifiers are never lost: the merged record keeps its row, its registrations (IPPs) and its encounters, and the
 * golden record gathers them through `merged_into_id`.
 */

/** The demographic fields of a patient, in the order of its history. */
export const patientStateFields = [
  'givenNameLatin',
  'familyNameLatin',
  'givenNameArabic',
  'familyNameArabic',
  'fatherGivenName',
  'sex',
  'birthDate',
  'cin',
  'amoScheme',
  'amoNumber',
  'phones',
  'communeCode',
  'address',
  'referenceEstablishmentId',
  'vitalStatus',
  'deathDate',
] as const satisfies readonly (keyof PatientDemographics)[];
export type PatientStateField = (typeof patientStateFields)[number];

/** A stored demographic state, without the input rules (a stored state is trusted, only its shape is checked). */
export const storedPatientStateSchema = z.object({
  givenNameLatin: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameArabic: z.string().nullable(),
  familyNameArabic: z.string().nullable(),
  fatherGivenName: z.string().nullable(),
  sex: z.enum(patientSexes),
  birthDate: z.string().nullable(),
  cin: z.string().nullable(),
  amoScheme: z.enum(amoSchemes),
  amoNumber: z.string().nullable(),
  phones: z.array(z.string()),
  communeCode: z.string().nullable(),
  address: z.string().nullable(),
  referenceEstablishmentId: z.string().nullable(),
  vitalStatus: z.enum(vitalStatuses),
  deathDate: z.string().nullable(),
});

/** The most phones a patient holds (`patientDemographicsSchema`). */
export const maxPatientPhones = 3;

/** The two ids of a pair in the order `match_candidates` stores them (`patient_a_id` < `patient_b_id`). */
export function orderPair(a: string, b: string): { patientAId: string; patientBId: string } {
  const [first, second] = [a.toLowerCase(), b.toLowerCase()];
  return first < second ? { patientAId: first, patientBId: second } : { patientAId: second, patientBId: first };
}

/** The default survivor of two records: the older one (lower `createdAt`; the lower id breaks a tie). */
export function pickSurvivor<T extends { id: string; createdAt: string }>(a: T, b: T): { survivor: T; merged: T } {
  const aFirst = a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
  return aFirst ? { survivor: a, merged: b } : { survivor: b, merged: a };
}

/** The golden state of two records and the fields that changed on the survivor. */
export interface SurvivorshipResult {
  state: PatientDemographics;
  changes: FieldChange[];
}

const precisionRank = { year: 1, month: 2, day: 3 } as const;

const isEmpty = (field: PatientStateField, value: unknown): boolean =>
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (field === 'sex' && value === 'unknown') ||
  (field === 'amoScheme' && value === 'unknown');

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The survivor's fields that differ in `next`, with their values before and after. */
function diffStates(before: PatientDemographics, next: PatientDemographics): FieldChange[] {
  return patientStateFields
    .filter((field) => !sameValue(before[field], next[field]))
    .map((field) => ({ field, before: before[field], after: next[field] }));
}

function betterBirthDate(survivor: string | null, merged: string | null): string | null {
  if (survivor === null || merged === null) {
    return survivor ?? merged;
  }
  return precisionRank[birthDatePrecisionOf(merged)] > precisionRank[birthDatePrecisionOf(survivor)]
    ? merged
    : survivor;
}

/**
 * Applies the survivorship rules (see the top of this file) to a survivor and the record merged into it.
 * Pure: returns the golden state and the survivor's changes, which the merge stores so an unmerge can give them back.
 */
export function applySurvivorship(survivor: PatientDemographics, merged: PatientDemographics): SurvivorshipResult {
  const next: PatientDemographics = { ...survivor, phones: [...survivor.phones] };
  const filled = [
    'givenNameLatin',
    'familyNameLatin',
    'givenNameArabic',
    'familyNameArabic',
    'fatherGivenName',
    'sex',
    'cin',
    'communeCode',
    'address',
    'referenceEstablishmentId',
  ] as const satisfies readonly PatientStateField[];
  for (const field of filled) {
    if (isEmpty(field, survivor[field]) && !isEmpty(field, merged[field])) {
      Object.assign(next, { [field]: merged[field] });
    }
  }
  next.birthDate = betterBirthDate(survivor.birthDate, merged.birthDate);
  if (survivor.amoNumber === null && merged.amoNumber !== null) {
    next.amoNumber = merged.amoNumber;
    next.amoScheme = merged.amoScheme;
  } else if (survivor.amoNumber === null && survivor.amoScheme === 'unknown') {
    next.amoScheme = merged.amoScheme;
  }
  next.phones = [...new Set([...survivor.phones, ...merged.phones])].slice(0, maxPatientPhones);
  if (merged.vitalStatus === 'deceased' && survivor.vitalStatus !== 'deceased') {
    next.vitalStatus = 'deceased';
    next.deathDate = merged.deathDate;
  } else if (merged.vitalStatus === 'deceased' && survivor.deathDate === null) {
    next.deathDate = merged.deathDate;
  }
  return { state: next, changes: diffStates(survivor, next) };
}

/** Fields that only make sense together: they are given back together or not at all. */
const linkedFields: readonly (readonly PatientStateField[])[] = [
  ['amoScheme', 'amoNumber'],
  ['vitalStatus', 'deathDate'],
];

const groupOf = (field: string): readonly string[] =>
  linkedFields.find((group) => (group as readonly string[]).includes(field)) ?? [field];

/**
 * Gives back what a merge changed on the survivor, but only where the survivor still holds the value the merge set:
 * a later edit of that field is kept. Linked fields (AMO scheme and number, vital status and death date) are given
 * back together, only when none of them was edited since.
 */
export function revertSurvivorship(
  current: PatientDemographics,
  survivorChanges: readonly FieldChange[],
): SurvivorshipResult {
  const next: Record<string, unknown> = { ...current };
  const byField = new Map(survivorChanges.map((change) => [change.field, change]));
  const decided = new Set<string>();
  for (const change of survivorChanges) {
    if (decided.has(change.field)) {
      continue;
    }
    const group = groupOf(change.field).filter((field) => byField.has(field));
    group.forEach((field) => decided.add(field));
    const untouched = group.every((field) => sameValue(next[field], byField.get(field)?.after));
    if (untouched) {
      for (const field of group) {
        next[field] = byField.get(field)?.before;
      }
    }
  }
  const state = storedPatientStateSchema.parse(next);
  return { state, changes: diffStates(current, state) };
}
