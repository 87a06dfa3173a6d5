import { normaliseSearchText } from '../lib/search-text';
import { toBirthDateParser } from '../patients/matching/birth-date';
import { normaliseSex } from '../patients/matching/build-comparisons';
import { isArabic } from '../patients/matching/normalise-arabic';
import type { AmoScheme, PatientSex } from '../patients/patient';
import { defaultBirthDateFormat } from './patient-import-mapping';

/**
 * Readers of the cells of a legacy patient file: the codings establishments really use for sex, AMO scheme, partial
 * birth dates, full names and communes. Each returns `undefined` for a value it cannot read, so the row is rejected
 * with its column instead of being imported wrong.
 */

/** Folds a cell for lookups: lower case, no accents, Arabic letter variants unified, letters and digits only. */
export function foldCell(value: string): string {
  return normaliseSearchText(value).replace(/[^\p{L}\p{N}]/gu, '');
}

/** ISO 5218 codes 0 (not known) and 9 (not applicable) are unknown, as are the usual words for it. */
const unknownSexValues = new Set(['', '0', '9', 'u', 'i', 'x', 'nd', 'inconnu', 'inconnue', 'unknown', 'غيرمعروف']);
/** Civilities, which the prefix rule of `normaliseSex` would misread (Mme starts with an M). */
const sexByCivility = new Map<string, PatientSex>([
  ['mme', 'female'],
  ['madame', 'female'],
  ['mlle', 'female'],
  ['mademoiselle', 'female'],
  ['mr', 'male'],
  ['monsieur', 'male'],
]);

/** Reads a sex coded M/F, H/F, 1/2, masculin/féminin, ذكر/أنثى…; an explicit "unknown" is `unknown`. */
export function toPatientSex(value: string): PatientSex | undefined {
  const folded = foldCell(value);
  if (unknownSexValues.has(folded)) {
    return 'unknown';
  }
  const civility = sexByCivility.get(folded);
  if (civility !== undefined) {
    return civility;
  }
  const sex = normaliseSex(value);
  return sex === 'm' ? 'male' : sex === 'f' ? 'female' : undefined;
}

/** Folded spellings of each AMO scheme (DOMAIN.md §5); RAMED is the former name of AMO-Tadamon. */
const amoSchemeSpellings: readonly [AmoScheme, readonly string[]][] = [
  ['cnss', ['cnss', 'amocnss', 'amosalaries', 'الضمانالاجتماعي']],
  ['cnops', ['cnops', 'amocnops', 'mutuelle', 'amosecteurpublic']],
  ['amo_tadamon', ['amotadamon', 'tadamon', 'ramed', 'amoramed', 'تضامن', 'اموتضامن', 'راميد']],
  ['amo_tns', ['amotns', 'tns', 'independant', 'travailleurnonsalarie']],
  ['amo_achamil', ['amoachamil', 'achamil', 'chamil', 'الشامل', 'اموالشامل']],
  ['none', ['none', 'aucun', 'aucune', 'sans', 'non', 'neant', 'nonassure', 'sanscouverture', 'بدون', 'لاشيء']],
  ['unknown', ['', 'unknown', 'inconnu', 'inconnue', 'nd', 'غيرمعروف']],
];
const amoSchemeByFolded = new Map(
  amoSchemeSpellings.flatMap(([scheme, spellings]) => spellings.map((spelling) => [spelling, scheme] as const)),
);

/** Reads an AMO scheme as establishments write it: CNSS, CNOPS, AMO Tadamon or RAMED, TNS, Achamil, none. */
export function toAmoScheme(value: string): AmoScheme | undefined {
  return amoSchemeByFolded.get(foldCell(value));
}

/**
 * Reads a birth date in the file's format into the index's partial form: `YYYY-MM-DD`, `YYYY-MM`, or `YYYY` when only
 * the year is known (a year alone, or 00 for the day and month). The date itself is checked by the patient schema.
 */
export function toPartialBirthDate(value: string, format: string = defaultBirthDateFormat): string | undefined {
  const date = toBirthDateParser(format)?.(value);
  if (date === undefined) {
    return undefined;
  }
  const pad = (part: number): string => String(part).padStart(2, '0');
  const year = String(date.year).padStart(4, '0');
  if (date.month === 0) {
    return year;
  }
  return date.day === 0 ? `${year}-${pad(date.month)}` : `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * Particles that belong to the family name that follows them (El Idrissi, Ben Ali, Aït Baha, بن علي), and the
 * "Abd" of compound names written in two words (Abdel Ali, عبد الله).
 */
const familyParticles = new Set([
  'el',
  'al',
  'ben',
  'bin',
  'ibn',
  'bel',
  'ait',
  'ou',
  'ould',
  'oulad',
  'abou',
  'abu',
  'abd',
  'abdel',
  'abdal',
  'abdul',
  'بن',
  'ابن',
  'بنت',
  'ايت',
  'ولد',
  'ابو',
  'عبد',
]);

/**
 * Splits a full name: the last word is the family name, with the particles just before it (Mohamed El Idrissi →
 * Mohamed + El Idrissi); the words before are the given name. A single word is taken as the family name.
 */
export function splitFullName(value: string): { given: string | null; family: string } {
  const words = value.trim().split(/\s+/);
  let start = words.length - 1;
  while (start > 1 && familyParticles.has(foldCell(words[start - 1] ?? ''))) {
    start -= 1;
  }
  const given = words.slice(0, start).join(' ');
  return { given: given === '' ? null : given, family: words.slice(start).join(' ') };
}

/** The script a name cell is written in, for the generic name roles. */
export const scriptOf = (value: string): 'arabic' | 'latin' => (isArabic(value) ? 'arabic' : 'latin');

/** A commune as the import looks it up: HCP code and its French and Arabic names. */
export interface ImportCommune {
  code: string;
  nameFr: string;
  nameAr: string;
}

/** Finds a GST's communes by HCP code, or by French or Arabic name folded (case, accents, hyphens, hamza forms). */
export interface CommuneLookup {
  byCode(code: string): ImportCommune | undefined;
  /** The commune of that name; `ambiguous` when two communes fold to the same name. */
  byName(name: string): ImportCommune | 'ambiguous' | undefined;
}

/** Builds the lookup of one GST's communes. */
export function toCommuneLookup(communes: readonly ImportCommune[]): CommuneLookup {
  const byCode = new Map(communes.map((commune) => [commune.code, commune]));
  const byName = new Map<string, ImportCommune | 'ambiguous'>();
  for (const commune of communes) {
    for (const name of new Set([foldCell(commune.nameFr), foldCell(commune.nameAr)])) {
      const existing = byName.get(name);
      byName.set(name, existing === undefined || existing === commune ? commune : 'ambiguous');
    }
  }
  return {
    byCode: (code) => byCode.get(code.trim()),
    byName: (name) => byName.get(foldCell(name)),
  };
}
