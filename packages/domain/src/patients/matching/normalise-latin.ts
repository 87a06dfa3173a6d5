/**
 * Latin-script name normalisation for matching (DOMAIN.md §7). Moroccan names are typed from speech with French
 * spelling habits, so spellings of one name differ by particles, doubled letters and a few interchangeable letter
 * groups. Vowel differences (Yousef / Yusuf) are left to the phonetic key, which drops inner vowels.
 */

/** A name normalised three ways: `normal` keeps particles, `compact` drops them, `tokens` lists the words. */
export interface NormalisedName {
  normal: string;
  compact: string;
  tokens: readonly string[];
  /** Tokens without particles, each folded; what token-set comparisons use. */
  coreTokens: readonly string[];
}

/** Definite articles, written El, Al, L' or assimilated to the next consonant (Er-, Es-, Ed-, Et-, En-, Ez-). */
const articles = new Set(['el', 'al', 'l', 'er', 'es', 'ed', 'et', 'en', 'ez', 'ar', 'as', 'ad', 'at', 'an', 'az']);
/** Kinship and tribe particles: son of, people of. */
const kinshipParticles = new Set(['ben', 'bin', 'ibn', 'bel', 'ait', 'ou', 'ould', 'oulad', 'abou', 'abu']);

/** Lower case, no diacritics, only letters, digits and single spaces (hyphens and dots become spaces). */
export function foldLatin(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bl['\u2018\u2019`´]/g, 'el ')
    .replace(/['\u2018\u2019`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folds the interchangeable letter groups of French-style transliteration and collapses doubled letters. */
export function foldTransliteration(token: string): string {
  return token
    .replace(/ph/g, 'f')
    .replace(/dj/g, 'j')
    .replace(/sh/g, 'ch')
    .replace(/q/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'u')
    .replace(/e[ea]/g, 'i')
    .replace(/ae$/, 'a')
    .replace(/(.)\1+/g, '$1');
}

/** Splits an attached assimilated article: "errachidi" → ["el", "rachidi"], "elidrissi" → ["el", "idrissi"]. */
function splitAttachedArticle(token: string): string[] {
  const assimilated = /^e([rsdtnz])\1(.{3,})$/.exec(token);
  if (assimilated?.[1] !== undefined && assimilated[2] !== undefined) {
    return ['el', assimilated[1] + assimilated[2]];
  }
  // Only "el": an attached "al" is mostly part of the name itself (Alaoui, Alami, Albert).
  const attached = /^el(.{4,})$/.exec(token);
  if (attached?.[1] !== undefined) {
    return ['el', attached[1]];
  }
  return [token];
}

function isParticle(token: string): boolean {
  return articles.has(token) || kinshipParticles.has(token);
}

/** Abbreviations clerks use for the commonest name (DOMAIN.md §7). */
const abbreviations: Readonly<Record<string, string>> = { med: 'mohamed', mhd: 'mohamed', mohd: 'mohamed' };

/**
 * A word starting with m + consonant (M'hamed, Mbarek) is said with a leading vowel (Emhamed, Embarek, امحمد);
 * writing it keeps M'hamed apart from Mohamed, whose Arabic skeleton محمد has no vowel either.
 */
function restoreLeadingVowel(token: string): string {
  return /^m[bcdfghjklmnpqrstvxz]/.test(token) ? `e${token}` : token;
}

/** Builds the three forms from raw lower-case tokens; shared by the Latin and the Arabic paths. */
export function assembleName(words: readonly string[], latinScript: boolean): NormalisedName {
  const tokens: string[] = [];
  for (const word of words) {
    const expanded = abbreviations[word] ?? word;
    for (const part of splitAttachedArticle(expanded)) {
      tokens.push(articles.has(part) ? 'el' : latinScript ? restoreLeadingVowel(part) : part);
    }
  }
  const folded = tokens.map(foldTransliteration);
  const core = folded.filter((token, index) => !isParticle(tokens[index] ?? token));
  // A name made only of particles ("Ben") keeps them, so it never becomes empty.
  const coreTokens = core.length > 0 ? core : folded;
  return {
    normal: foldTransliteration(tokens.join('')),
    compact: foldTransliteration(coreTokens.join('')),
    tokens: folded,
    coreTokens,
  };
}

/** Normalises a Latin-script name (given or family) into its normal, compact and token forms. */
export function normaliseLatin(value: string): NormalisedName {
  return assembleName(
    foldLatin(value)
      .split(' ')
      .filter((word) => word !== ''),
    true,
  );
}
