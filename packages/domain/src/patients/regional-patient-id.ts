/**
 * The regional patient id: 9 digits and a Damm check digit, shown as `1234 5678 90`. Digits only, so it can be read
 * out on the phone and typed on a keypad; the Damm check catches every single-digit error and every swap of two
 * adjacent digits, so a mistyped id is rejected instead of opening another patient's record (DOMAIN.md §6).
 */
const dammTable = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

/** The Damm check digit of a string of digits. */
export function dammCheckDigit(digits: string): number {
  let interim = 0;
  for (const character of digits) {
    interim = dammTable[interim]?.[Number(character)] ?? 0;
  }
  return interim;
}

const regionalIdPattern = /^\d{10}$/;

/** Builds the 10-digit regional id of a 9-digit serial (leading zeros kept). */
export function toRegionalPatientId(serial: number): string {
  const digits = String(serial).padStart(9, '0');
  if (!/^\d{9}$/.test(digits)) {
    throw new RangeError('A regional patient serial has at most 9 digits');
  }
  return `${digits}${dammCheckDigit(digits)}`;
}

/** Strips the spaces and dashes people type; `undefined` unless 10 digits with a valid check digit remain. */
export function parseRegionalPatientId(value: string): string | undefined {
  const digits = value.replace(/[\s-]/g, '');
  return regionalIdPattern.test(digits) && dammCheckDigit(digits) === 0 ? digits : undefined;
}

/** True when the text looks like a regional id (10 digits once spaces and dashes are removed), valid or not. */
export const looksLikeRegionalPatientId = (value: string): boolean =>
  regionalIdPattern.test(value.replace(/[\s-]/g, ''));

/** `1234567890` → `1234 5678 90`, the form printed on cards and letters. */
export const formatRegionalPatientId = (id: string): string => `${id.slice(0, 4)} ${id.slice(4, 8)} ${id.slice(8)}`;

/** A random serial for a new id (not sequential, so ids say nothing about registration order or volume). */
export const randomRegionalSerial = (random: () => number): number => 100_000_000 + Math.floor(random() * 900_000_000);
