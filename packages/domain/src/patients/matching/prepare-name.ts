import { arabicToLatinTokens, isArabic } from './normalise-arabic';
import { assembleName, foldLatin, normaliseLatin } from './normalise-latin';
import { phoneticKey, phoneticKeyOfTokens } from './phonetic-key';

/** A name ready for comparison, in the folded Latin space whatever its script. */
export interface PreparedName {
  normal: string;
  compact: string;
  coreTokens: readonly string[];
  /** Phonetic key of the whole name without particles. */
  key: string;
  /** Phonetic key of each core token, sorted, so reordered names share it. */
  sortedTokenKey: string;
  /** All tokens (particles included) sorted and joined, so reordered names share it. */
  sortedTokens: string;
  arabic: boolean;
}

/**
 * Names a desk types when the real one is not known yet (a newborn registered before naming, an unidentified
 * patient), after folding. Such a "name" says nothing about the person, so it is a missing value.
 */
const placeholderNames = new Set([
  'bebe',
  'baby',
  'bb',
  'nouveau ne',
  'nouveau nee',
  'newborn',
  'inconnu',
  'inconnue',
  'unknown',
  'nn',
  'x',
  'xx',
  'xxx',
]);

/** True when a name is only a placeholder such as "Bébé", "Baby", "Inconnu" or "XX". */
export function isPlaceholderName(value: string): boolean {
  return placeholderNames.has(foldLatin(value));
}

/**
 * Names repeat a lot (a few hundred given names cover most people), and a batch meets each record once per blocking
 * rule, so prepared names are memoised; the memo is dropped whole when it grows past this size.
 */
const memoLimit = 100_000;
const memo = new Map<string, PreparedName | undefined>();

/** Normalises a name in either script; `undefined` when it holds no letters or is a placeholder (a missing value). */
export function prepareName(value: string): PreparedName | undefined {
  if (memo.has(value)) {
    return memo.get(value);
  }
  if (memo.size >= memoLimit) {
    memo.clear();
  }
  const prepared = prepareNameOnce(value);
  memo.set(value, prepared);
  return prepared;
}

function prepareNameOnce(value: string): PreparedName | undefined {
  if (isPlaceholderName(value)) {
    return undefined;
  }
  const arabic = isArabic(value);
  const name = arabic ? assembleName(arabicToLatinTokens(value), false) : normaliseLatin(value);
  if (name.compact === '') {
    return undefined;
  }
  return {
    normal: name.normal,
    compact: name.compact,
    coreTokens: name.coreTokens,
    key: phoneticKeyOfTokens(name.coreTokens),
    sortedTokenKey: name.coreTokens.map(phoneticKey).sort().join(' '),
    sortedTokens: [...name.tokens].sort().join(' '),
    arabic,
  };
}
