import { arabicToLatinTokens, isArabic } from './normalise-arabic';
import { assembleName, normaliseLatin } from './normalise-latin';
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

/** Normalises a name in either script; `undefined` when it holds no letters (a missing value). */
export function prepareName(value: string): PreparedName | undefined {
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
