import { missingLevel } from './comparison-column';
import type { PreparedName } from './prepare-name';
import { jaroWinkler, tokenSetSimilarity } from './string-similarity';

/** Agreement levels of a name comparison, strongest first. */
export const nameLevels = ['missing', 'exact', 'phonetic', 'jw_0.94', 'jw_0.88', 'partial', 'disagree'] as const;

const disagree = nameLevels.length - 1;

/**
 * Compares two names: same normal form, same compact form or phonetic key (particles and spelling variants apart),
 * Jaro-Winkler bands, then token-set partial agreement ("Zahra" in "Fatima Zahra", "Amine" in "Mohamed Amine").
 */
export function compareNames(a: PreparedName | undefined, b: PreparedName | undefined): number {
  if (a === undefined || b === undefined) {
    return missingLevel;
  }
  if (a.normal === b.normal || a.sortedTokens === b.sortedTokens) {
    return 1;
  }
  if (a.compact === b.compact || (a.key.length > 1 && a.key === b.key) || a.sortedTokenKey === b.sortedTokenKey) {
    return 2;
  }
  if (a.arabic !== b.arabic) {
    // Across scripts the Arabic side has no vowels, so only the phonetic keys are comparable by Jaro-Winkler.
    return bandOf(jaroWinkler(a.key, b.key), a, b);
  }
  const similarity = Math.max(jaroWinkler(a.normal, b.normal), jaroWinkler(a.compact, b.compact));
  return bandOf(similarity, a, b);
}

/** Jaro-Winkler bands, then token sets (only computed for multi-token names that did not agree already). */
function bandOf(similarity: number, a: PreparedName, b: PreparedName): number {
  if (similarity >= 0.94) {
    return 3;
  }
  if (similarity >= 0.88) {
    return 4;
  }
  if (a.coreTokens.length === 1 && b.coreTokens.length === 1) {
    return disagree;
  }
  const tokens = tokenSetSimilarity(a.coreTokens, b.coreTokens);
  if (tokens.similarity >= 0.94) {
    return 3;
  }
  if (tokens.similarity >= 0.88) {
    return 4;
  }
  return tokens.containment >= 0.99 ? 5 : disagree;
}

/** True when a name level means the names plausibly agree (used to detect given ↔ family swaps). */
export function isNameAgreement(level: number): boolean {
  return level !== missingLevel && level <= 4;
}
