import type { TFunction } from 'i18next';
import { translateMessage } from '../../../lib/translate-issue';

/**
 * The import's messages (English, from the domain and the job) in the user's language; each pattern captures the
 * values the sentence repeats. Unknown messages fall back to the app's shared translations, then to the text itself.
 */
const importMessages: readonly [RegExp, string, readonly string[]][] = [
  [/^The IPP \(local patient number\) is missing/, 'ippMissing', []],
  [/^IPP already used by another patient/, 'ippTaken', []],
  [/^IPP already registered here for a patient whose identity/, 'ippMismatch', []],
  [/^IPP (.+) already appears on line (\d+)/, 'ippTwice', ['localId', 'line']],
  [/^A local patient number has/, 'ippFormat', []],
  [/^Unknown sex/, 'sex', []],
  [/^The birth date does not read as (\S+)/, 'dateFormat', ['format']],
  [/^This date does not exist/, 'dateInvalid', []],
  [/^The birth year is before 1890/, 'dateTooOld', []],
  [/^The birth date is in the future/, 'dateFuture', []],
  [/^Unknown AMO scheme/, 'amoScheme', []],
  [/^An AMO number needs its scheme/, 'amoNumberScheme', []],
  [/^An AMO number has/, 'amoNumber', []],
  [/^A CIN has/, 'cin', []],
  [/^A Moroccan number has/, 'phone', []],
  [/^The same phone is listed twice/, 'phoneTwice', []],
  [/^This commune code is not a commune of this GST/, 'communeCode', []],
  [/^Several communes have this name/, 'communeAmbiguous', []],
  [/^Unknown commune/, 'communeName', []],
  [/^Give at least one name/, 'nameMissing', []],
  [/^Type this name in Latin letters/, 'nameLatin', []],
  [/^Type this name in Arabic letters/, 'nameArabic', []],
  [/^A name holds letters only/, 'nameLetters', []],
  [/^The file has no header row/, 'noHeader', []],
  [/^The file has no patient rows/, 'noRows', []],
  [/^The column "(.+)" appears twice/, 'columnTwice', ['column']],
  [/^The file has no column "(.+)"/, 'columnMissing', ['column']],
  [/^Map exactly one column to local_id/, 'mappingLocalId', []],
  [/^Only (\d+) columns? can be (\w+)/, 'mappingTooMany', ['count', 'role']],
  [/^Map at least one name column/, 'mappingNoName', []],
  [/^Unreadable date format/, 'mappingFormat', []],
  [/^Invalid CSV/, 'invalidCsv', []],
];

/** A message of an import report or of the mapping check, translated when it is a known one. */
export function translateImportMessage(message: string, t: TFunction): string {
  for (const [pattern, key, names] of importMessages) {
    const match = pattern.exec(message);
    if (match) {
      const values = Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? '']));
      return t(`patientImport.message.${key}`, values);
    }
  }
  return translateMessage(message, t);
}
