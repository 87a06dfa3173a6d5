import { formatBirthDate, isValidCalendarDate, parseBirthDate, type CalendarDate } from './birth-date';
import type { Random } from './create-random';
import type { PersonName } from './name-spellings';
import type { SyntheticRecord } from './synthetic-record';

/** What an error may need to know about the person beyond the record. */
export interface CorruptionContext {
  /** Age of the person on the reference date (newborn placeholders only apply under 1). */
  ageYears?: number;
  motherFamilyName?: PersonName | null;
  /** Latest acceptable birth year (a typo never produces a birth in the future). */
  referenceYear?: number;
  /** A new phone number, for "changed prepaid number"; random digits when absent. */
  newPhone?: () => string;
}

/** One error applied to a record: the altered record, or null when it does not apply to this record. */
export type RecordCorruption = (
  record: SyntheticRecord,
  random: Random,
  context: CorruptionContext,
) => SyntheticRecord | null;

type NameField = 'givenName' | 'familyName' | 'givenNameAr' | 'familyNameAr';

/** Applies a name alteration to one of the given fields that has a value and accepts it. */
export function alterName(
  fields: readonly NameField[],
  alter: (name: string, random: Random) => string | null,
): RecordCorruption {
  return (record, random) => {
    const start = random.int(fields.length);
    for (let offset = 0; offset < fields.length; offset += 1) {
      const field = fields[(start + offset) % fields.length];
      const value = field === undefined ? null : record[field];
      if (field !== undefined && value !== null) {
        const altered = alter(value, random);
        if (altered !== null && altered !== value) {
          return { ...record, [field]: altered };
        }
      }
    }
    return null;
  };
}

/** Given and family names exchanged, in both scripts. */
export const swapNames: RecordCorruption = (record) =>
  (record.givenName === null || record.familyName === null) &&
  (record.givenNameAr === null || record.familyNameAr === null)
    ? null
    : {
        ...record,
        givenName: record.familyName,
        familyName: record.givenName,
        givenNameAr: record.familyNameAr,
        familyNameAr: record.givenNameAr,
      };

const withDate = (record: SyntheticRecord, date: CalendarDate, precision = record.birthDatePrecision) => ({
  ...record,
  birthDate: formatBirthDate(date, precision),
  birthDatePrecision: precision,
});

/** Day and month exchanged (only when both are ≤ 12 and different). */
export const swapDayMonth: RecordCorruption = (record) => {
  const date = parseBirthDate(record.birthDate);
  return record.birthDatePrecision !== 'day' || date.day > 12 || date.day === date.month
    ? null
    : withDate(record, { year: date.year, month: date.day, day: date.month });
};

/** Only the birth year kept; sometimes written as 1 January, as many systems do (DOMAIN.md §7). */
export const yearOnly: RecordCorruption = (record, random) => {
  if (record.birthDatePrecision === 'year') {
    return null;
  }
  const { year } = parseBirthDate(record.birthDate);
  return random.chance(0.25)
    ? withDate(record, { year, month: 1, day: 1 }, 'day')
    : withDate(record, { year, month: 1, day: 1 }, 'year');
};

/** One digit of the date typed one higher or lower, keeping a real, past date. */
export const dateDigitTypo: RecordCorruption = (record, random, context) => {
  const digits = record.birthDate.replace(/-/g, '');
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const position = random.int(digits.length);
    const digit = Number(digits.charAt(position));
    const replaced = String((digit + (random.chance(0.5) ? 1 : 9)) % 10);
    const next = digits.slice(0, position) + replaced + digits.slice(position + 1);
    const date = {
      year: Number(next.slice(0, 4)),
      month: next.length >= 6 ? Number(next.slice(4, 6)) : 1,
      day: next.length >= 8 ? Number(next.slice(6, 8)) : 1,
    };
    if (isValidCalendarDate(date) && date.year >= 1900 && date.year <= (context.referenceYear ?? 9999)) {
      return withDate(record, date);
    }
  }
  return null;
};

/** One CIN digit typed ±1, two digits transposed, or leading zeros dropped. */
export const cinTypo: RecordCorruption = (record, random) => {
  const match = record.cin === null ? null : /^([A-Z]+)(\d+)$/.exec(record.cin);
  if (match === null) {
    return null;
  }
  const [, prefix = '', digits = ''] = match;
  if (digits.startsWith('0') && random.chance(0.5)) {
    return { ...record, cin: prefix + digits.replace(/^0+(?=\d)/, '') };
  }
  const position = random.int(digits.length);
  if (random.chance(0.3) && position + 1 < digits.length && digits[position] !== digits[position + 1]) {
    const swapped =
      digits.slice(0, position) + digits.charAt(position + 1) + digits.charAt(position) + digits.slice(position + 2);
    return { ...record, cin: prefix + swapped };
  }
  const digit = (Number(digits.charAt(position)) + (random.chance(0.5) ? 1 : 9)) % 10;
  return { ...record, cin: prefix + digits.slice(0, position) + String(digit) + digits.slice(position + 1) };
};

/** A field left empty at registration. */
export const dropField =
  (field: 'cin' | 'phone' | 'amoNumber' | 'fatherGivenName' | 'address'): RecordCorruption =>
  (record) =>
    record[field] === null ? null : { ...record, [field]: null };

/** Names kept in one script only: Latin dropped (Arabic-only desk) or, more often, Arabic dropped. */
export const oneScriptOnly: RecordCorruption = (record, random) => {
  const fullLatin = record.givenName !== null && record.familyName !== null;
  const fullArabic = record.givenNameAr !== null && record.familyNameAr !== null;
  const keepArabic = fullArabic && (!fullLatin || random.chance(0.35));
  if (keepArabic) {
    return record.givenName === null && record.familyName === null
      ? null
      : { ...record, givenName: null, familyName: null };
  }
  return fullLatin && (record.givenNameAr !== null || record.familyNameAr !== null)
    ? { ...record, givenNameAr: null, familyNameAr: null }
    : null;
};

/** A new prepaid number, or a relative's phone given instead. */
export const differentPhone: RecordCorruption = (record, random, context) => {
  const phone =
    context.newPhone?.() ?? `+212${random.chance(0.7) ? '6' : '7'}${String(random.int(100_000_000)).padStart(8, '0')}`;
  return phone === record.phone ? null : { ...record, phone };
};

/** A newborn registered before naming as "Bébé <mother's family name>" (DOMAIN.md §7). */
export const newbornPlaceholder: RecordCorruption = (record, _random, context) => {
  const mother = context.motherFamilyName;
  if (mother === undefined || mother === null || context.ageYears === undefined || context.ageYears >= 1) {
    return null;
  }
  return { ...record, givenName: 'Bébé', familyName: mother.latin, givenNameAr: null, familyNameAr: mother.arabic };
};
