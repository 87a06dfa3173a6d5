import { defaultBlockingRules } from './matching/blocking';
import { buildComparisons } from './matching/build-comparisons';
import type { MatchField } from './matching/comparison-column';
import { findValueFrequency, scoreComparison, type PairScore } from './matching/fellegi-sunter';
import type { MatchModel } from './matching/match-model';
import { linkRecords } from './matching/link-records';
import type { SyntheticAmoScheme, SyntheticRecord } from './synthetic/synthetic-record';
import type { AmoScheme, MatchBand } from './patient';

/**
 * The fields of the regional index the engine compares, in the roles of the matching engine (the same engine as the
 * command line). The name in Latin script is used when the desk typed both; Arabic names are compared through their
 * Latin skeleton (prepare-name.ts).
 */
export const patientMatchFields: readonly MatchField[] = [
  { name: 'given_name', role: 'given_name' },
  { name: 'family_name', role: 'family_name' },
  { name: 'father_given_name', role: 'string' },
  { name: 'sex', role: 'sex' },
  { name: 'birth_date', role: 'birth_date', format: 'YYYY-MM-DD' },
  { name: 'cin', role: 'national_id' },
  { name: 'amo_number', role: 'insurance_id' },
  { name: 'phone', role: 'phone' },
  { name: 'commune', role: 'locality' },
  { name: 'address', role: 'address' },
];

/** What the engine reads of a patient (stored or typed at the desk). */
export interface MatchablePatient {
  givenNameLatin?: string | null;
  familyNameLatin?: string | null;
  givenNameArabic?: string | null;
  familyNameArabic?: string | null;
  fatherGivenName?: string | null;
  sex?: string | null;
  /** Partial ISO form: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  birthDate?: string | null;
  cin?: string | null;
  amoNumber?: string | null;
  phones?: readonly string[];
  communeCode?: string | null;
  address?: string | null;
}

/** A month-only date reads as day 00, which the engine treats as imprecise; a year-only date passes as it is. */
function toMatchBirthDate(value: string | null | undefined): string {
  if (value == null) {
    return '';
  }
  return value.length === 7 ? `${value}-00` : value;
}

/** One row of the engine's input, in the order of `patientMatchFields`. */
export function toPatientMatchRow(patient: MatchablePatient): string[] {
  return [
    patient.givenNameLatin ?? patient.givenNameArabic ?? '',
    patient.familyNameLatin ?? patient.familyNameArabic ?? '',
    patient.fatherGivenName ?? '',
    patient.sex === 'unknown' || patient.sex == null ? '' : patient.sex,
    toMatchBirthDate(patient.birthDate),
    patient.cin ?? '',
    patient.amoNumber ?? '',
    patient.phones?.[0] ?? '',
    patient.communeCode ?? '',
    patient.address ?? '',
  ];
}

/**
 * The blocking keys of each patient, prefixed with their rule, as stored in `patient_match_keys`: the engine's default
 * rules (the same as the batch and the command line) plus every extra phone.
 */
export function patientBlockingKeys(patients: readonly MatchablePatient[]): string[][] {
  const rows = patients.map(toPatientMatchRow);
  const { blocking } = buildComparisons(patientMatchFields, rows);
  const rules = defaultBlockingRules(blocking);
  return patients.map((patient, record) => {
    const keys = new Set<string>();
    for (const rule of rules) {
      const key = rule.key(record);
      if (key !== '') {
        keys.add(`${rule.name}:${key}`);
      }
    }
    for (const phone of (patient.phones ?? []).slice(1)) {
      const digits = phone.replace(/\D/g, '').replace(/^212/, '');
      if (digits !== '') {
        keys.add(`phone:${digits}`);
      }
    }
    return [...keys];
  });
}

/** The band of a probability between the model's two thresholds. */
export function toMatchBand(probability: number, thresholds: { link: number; review: number }): MatchBand {
  if (probability >= thresholds.link) {
    return 'probable';
  }
  return probability >= thresholds.review ? 'possible' : 'unlikely';
}

/**
 * Scores a query (what the desk typed, or a patient) against candidates with a stored model: probability and, per
 * field, the agreement level and its weight. Columns the model does not know (a field nobody ever filled) are skipped.
 */
export function scorePatientCandidates(
  model: MatchModel,
  query: MatchablePatient,
  candidates: readonly MatchablePatient[],
): PairScore[] {
  const rows = [toPatientMatchRow(query), ...candidates.map(toPatientMatchRow)];
  const { columns } = buildComparisons(patientMatchFields, rows);
  const byName = new Map(columns.map((column) => [column.name, column]));
  return candidates.map((_, index) => {
    const candidate = index + 1;
    const levels = model.columns.map((modelColumn) => byName.get(modelColumn.name)?.compare(0, candidate) ?? 0);
    const frequencies = model.columns.map((modelColumn, columnIndex) => {
      const column = byName.get(modelColumn.name);
      return levels[columnIndex] === 1 ? findValueFrequency(modelColumn, column?.termFrequencyKeys?.[0]) : undefined;
    });
    return scoreComparison(model, levels, frequencies);
  });
}

/** Learns a model from the patients of an index (unsupervised: blocking → EM → threshold by expected F1). */
export function trainPatientMatchModel(
  patients: readonly MatchablePatient[],
  options: { seed?: number; randomPairs?: number } = {},
): MatchModel {
  return linkRecords({
    fields: patientMatchFields,
    rows: patients.map(toPatientMatchRow),
    mode: { kind: 'dedupe' },
    seed: options.seed ?? 20_261_122,
    ...(options.randomPairs === undefined ? {} : { randomPairs: options.randomPairs }),
  }).model;
}

const amoSchemeOfSynthetic: Record<SyntheticAmoScheme, AmoScheme> = {
  CNSS: 'cnss',
  CNOPS: 'cnops',
  'AMO-Tadamon': 'amo_tadamon',
  'AMO-TNS': 'amo_tns',
  Achamil: 'amo_achamil',
  none: 'none',
};

/**
 * A generated record as registration input (parse it with `patientDemographicsSchema` to store it); the engine reads
 * it as it is (to bootstrap a model before a GST has patients, in tests and in benchmarks).
 */
export function syntheticToPatientInput(record: SyntheticRecord): MatchablePatient & { amoScheme: AmoScheme } {
  return {
    givenNameLatin: record.givenName,
    familyNameLatin: record.familyName,
    givenNameArabic: record.givenNameAr,
    familyNameArabic: record.familyNameAr,
    fatherGivenName: record.fatherGivenName,
    sex: record.sex === 'M' ? 'male' : 'female',
    birthDate: record.birthDate,
    cin: record.cin,
    amoScheme: amoSchemeOfSynthetic[record.amoScheme],
    amoNumber: record.amoNumber,
    phones: record.phone === null ? [] : [record.phone],
    communeCode: record.communeCode,
    address: record.address,
  };
}
