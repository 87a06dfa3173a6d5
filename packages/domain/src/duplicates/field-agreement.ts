import { nameLevels, compareNames } from '../patients/matching/compare-names';
import {
  compareIdentifiers,
  comparePhones,
  identifierLevels,
  normalisePhone,
  phoneLevels,
} from '../patients/matching/compare-identifiers';
import { compareStrings, stringLevels } from '../patients/matching/compare-strings';
import { prepareName } from '../patients/matching/prepare-name';
import type { PatientDemographics } from '../patients/patient';
import { patientStateFields, type PatientStateField } from './survivorship';

/** How two values of one field compare, as the side-by-side view colours it. */
export const fieldAgreements = ['agree', 'partial', 'disagree', 'missing'] as const;
export type FieldAgreement = (typeof fieldAgreements)[number];

/** One row of the side-by-side comparison: the field, the engine's agreement level, and its colour. */
export interface DuplicateFieldComparison {
  field: PatientStateField;
  level: string;
  agreement: FieldAgreement;
}

/**
 * The colour of an agreement level of the matching engine: `exact` agrees, `disagree` disagrees, `missing` says
 * nothing, and every level in between (phonetic, Jaro-Winkler bands, one edit, same year…) is a partial agreement.
 */
export function toFieldAgreement(level: string): FieldAgreement {
  if (level === 'missing') {
    return 'missing';
  }
  if (level === 'exact') {
    return 'agree';
  }
  return level === 'disagree' ? 'disagree' : 'partial';
}

const nameFields = new Set<PatientStateField>([
  'givenNameLatin',
  'familyNameLatin',
  'givenNameArabic',
  'familyNameArabic',
  'fatherGivenName',
]);

/** Birth dates in their partial form: a precision difference or a day/month swap is a partial agreement. */
function compareBirthDates(a: string, b: string): string {
  if (a === b) {
    return 'exact';
  }
  if (a.startsWith(b) || b.startsWith(a)) {
    return 'same_year_imprecise';
  }
  const [yearA, monthA, dayA] = a.split('-');
  const [yearB, monthB, dayB] = b.split('-');
  if (yearA === yearB && monthA === dayB && dayA === monthB) {
    return 'day_month_swapped';
  }
  return yearA === yearB ? 'same_year' : 'disagree';
}

/** Phones agree when the two lists share a number; a shared last 8 digits is partial. */
function comparePhoneLists(a: readonly string[], b: readonly string[]): string {
  let best = phoneLevels.length - 1;
  for (const left of a) {
    for (const right of b) {
      best = Math.min(best, comparePhones(normalisePhone(left), normalisePhone(right)));
    }
  }
  return phoneLevels[best] ?? 'disagree';
}

/** Communes of one province (same HCP prefix) agree partially: people move within a province. */
function compareCommunes(a: string, b: string): string {
  if (a === b) {
    return 'exact';
  }
  return a.split('.').slice(0, 2).join('.') === b.split('.').slice(0, 2).join('.') ? 'same_province' : 'disagree';
}

function levelOf(field: PatientStateField, a: PatientDemographics, b: PatientDemographics): string {
  const left = a[field];
  const right = b[field];
  if (field === 'phones') {
    return a.phones.length === 0 || b.phones.length === 0 ? 'missing' : comparePhoneLists(a.phones, b.phones);
  }
  if (left === null || right === null || typeof left !== 'string' || typeof right !== 'string') {
    return 'missing';
  }
  if (nameFields.has(field)) {
    const level = compareNames(prepareName(left), prepareName(right));
    return nameLevels[level] ?? 'disagree';
  }
  switch (field) {
    case 'birthDate':
      return compareBirthDates(left, right);
    case 'cin':
    case 'amoNumber':
      return identifierLevels[compareIdentifiers(left, right)] ?? 'disagree';
    case 'communeCode':
      return compareCommunes(left, right);
    case 'address':
      return stringLevels[compareStrings(left.toLowerCase(), right.toLowerCase())] ?? 'disagree';
    case 'sex':
    case 'amoScheme':
      return left === 'unknown' || right === 'unknown' ? 'missing' : left === right ? 'exact' : 'disagree';
    default:
      return left === right ? 'exact' : 'disagree';
  }
}

/**
 * Compares two patients field by field for the review screen, with the engine's own comparisons (names across
 * scripts and spellings, identifiers with one typo, phones by their last digits), so the colours match the scoring.
 */
export function compareDuplicateFields(a: PatientDemographics, b: PatientDemographics): DuplicateFieldComparison[] {
  return patientStateFields.map((field) => {
    const level = levelOf(field, a, b);
    return { field, level, agreement: toFieldAgreement(level) };
  });
}
