/**
 * A phonetic key for names written with French spelling habits (DOMAIN.md §7), in the same output space for Latin
 * names and for Arabic names passed through `arabicToLatinTokens`. English Soundex and Metaphone fit these names
 * poorly: they do not know that ch and sh, dj and j, k and q, or ou and w are the same sounds here.
 *
 * The key is a consonant skeleton: the first sound is kept (any vowel becomes "a"), later vowels are dropped, as
 * Arabic script does not write short vowels, and repeated consonant classes collapse. Input is a folded Latin
 * token from `foldTransliteration` (ou → u, sh → ch, dj → j, q → k, doubles collapsed).
 */

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Rewrites letter groups into one character per sound class. */
function toSoundClasses(token: string): string {
  return (
    token
      .replace(/x/g, 'ks')
      .replace(/ch/g, 'X')
      .replace(/kh/g, 'h')
      .replace(/gh/g, 'g')
      .replace(/th/g, 't')
      .replace(/dh/g, 'd')
      .replace(/ck/g, 'k')
      // Soft c and g before e, i, y; a u after g only marks the g as hard (Guessous).
      .replace(/c(?=[eiy])/g, 's')
      .replace(/c/g, 'k')
      .replace(/gu(?=[eiy])/g, 'g')
      .replace(/g(?=[eiy])/g, 'j')
      .replace(/v/g, 'f')
      .replace(/p/g, 'b')
      .replace(/X/g, 'x')
  );
}

/** The phonetic key of one folded token; an empty token has an empty key. */
export function phoneticKey(token: string): string {
  const sounds = toSoundClasses(token.replace(/[^a-z]/g, ''));
  if (sounds === '') {
    return '';
  }
  const first = sounds[0] ?? '';
  let key = first === 'y' ? 'y' : vowels.has(first) ? 'a' : first;
  for (const sound of sounds.slice(1)) {
    if (!vowels.has(sound) && sound !== key[key.length - 1]) {
      key += sound;
    }
  }
  // A final h is usually an unwritten taa marbuta or the h of Allah, spelt or not (Abdellah / Abdella).
  return key.length > 1 && key.endsWith('h') ? key.slice(0, -1) : key;
}

/** The phonetic key of a multi-token name: the keys of its tokens joined. */
export function phoneticKeyOfTokens(tokens: readonly string[]): string {
  return tokens.map(phoneticKey).join('');
}
