import { missingLevel } from './comparison-column';
import { isWithinOneEdit } from './string-similarity';

/** Agreement levels of an identifier comparison (CIN, AMO number, social security id…). */
export const identifierLevels = ['missing', 'exact', 'one_edit', 'disagree'] as const;

/** Upper case, letters and digits only, leading zeros of the number part dropped (they are sometimes omitted). */
export function normaliseIdentifier(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[^0-9A-Za-z]/g, '')
    .toUpperCase()
    .replace(/(^|[A-Z])0+(?=\d)/g, '$1');
}

/** Compares two normalised identifiers, tolerating one typo or one transposition. */
export function compareIdentifiers(a: string, b: string): number {
  if (a === '' || b === '') {
    return missingLevel;
  }
  if (a === b) {
    return 1;
  }
  return isWithinOneEdit(a, b) ? 2 : 3;
}

/** Agreement levels of a phone comparison. */
export const phoneLevels = ['missing', 'exact', 'last_8_digits', 'disagree'] as const;

/** Digits of a phone number without the +212 / 00212 / 0 prefixes, so national and international forms agree. */
export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  const national = digits.replace(/^00/, '').replace(/^212(?=\d{9}$)/, '');
  return national.replace(/^0+/, '');
}

/**
 * Compares phones. A shared phone (a family's one mobile) is common among non-matches, so the learnt weight of
 * agreement stays modest: a phone alone never links, without any special rule.
 */
export function comparePhones(a: string, b: string): number {
  if (a === '' || b === '') {
    return missingLevel;
  }
  if (a === b) {
    return 1;
  }
  return a.length >= 8 && b.length >= 8 && a.slice(-8) === b.slice(-8) ? 2 : 3;
}

/** Agreement levels of a postcode comparison. */
export const postcodeLevels = ['missing', 'exact', 'one_digit', 'disagree'] as const;

/** Compares postcodes: exact, one digit wrong or transposed, or different. */
export function comparePostcodes(a: string, b: string): number {
  return compareIdentifiers(a, b);
}
