import { missingLevel } from './comparison-column';
import { jaroWinkler, tokenSetSimilarity } from './string-similarity';

/** Agreement levels of a free-text comparison (locality, region, generic strings). */
export const stringLevels = ['missing', 'exact', 'jw_0.92', 'jw_0.80', 'disagree'] as const;

/** Compares two folded strings by Jaro-Winkler bands. */
export function compareStrings(a: string, b: string): number {
  if (a === '' || b === '') {
    return missingLevel;
  }
  if (a === b) {
    return 1;
  }
  const similarity = jaroWinkler(a, b);
  return similarity >= 0.92 ? 2 : similarity >= 0.8 ? 3 : 4;
}

/** Agreement levels of an exact-only comparison (sex, codes). */
export const exactLevels = ['missing', 'exact', 'disagree'] as const;

/** Compares two values for equality only. */
export function compareExact(a: string, b: string): number {
  if (a === '' || b === '') {
    return missingLevel;
  }
  return a === b ? 1 : 2;
}

/** Agreement levels of an address comparison. */
export const addressLevels = ['missing', 'exact', 'tokens_0.94', 'tokens_0.85', 'partial', 'disagree'] as const;

/** An address folded once: its words and their joined text. */
export interface AddressValue {
  tokens: readonly string[];
  text: string;
}

/** Compares addresses token by token, so reordered or abbreviated parts still agree partly. */
export function compareAddresses(a: AddressValue, b: AddressValue): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) {
    return missingLevel;
  }
  const joinedA = a.text;
  const joinedB = b.text;
  if (joinedA === joinedB) {
    return 1;
  }
  // Most pairs are clearly alike or clearly different on the whole string; token sets are for the rest.
  const whole = jaroWinkler(joinedA, joinedB);
  if (whole >= 0.94) {
    return 2;
  }
  if (whole < 0.6) {
    return 5;
  }
  const tokens = tokenSetSimilarity(a.tokens, b.tokens);
  if (tokens.similarity >= 0.94) {
    return 2;
  }
  if (tokens.similarity >= 0.85) {
    return 3;
  }
  return tokens.containment >= 0.5 ? 4 : 5;
}
