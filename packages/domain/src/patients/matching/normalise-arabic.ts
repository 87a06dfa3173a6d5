/**
 * Arabic-script name normalisation (DOMAIN.md §7) and a deterministic Arabic → Latin skeleton, so that a name
 * written in Arabic can be compared with its French-style Latin spelling through the same phonetic key.
 */

const arabicLetter = /[\u0600-\u06FF]/;

/** True when the value contains Arabic letters. */
export function isArabic(value: string): boolean {
  return arabicLetter.test(value);
}

/** Unifies alef, taa marbuta and alef maqsura forms and drops tashkeel and tatweel. */
export function normaliseArabic(value: string): string {
  // Alef forms first: NFD would split أ إ آ into ا plus a combining hamza or madda.
  return value
    .replace(/[أإآٱ]/g, 'ا')
    .normalize('NFD')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/[^\u0600-\u06FF]+/g, ' ')
    .trim();
}

/**
 * Each letter mapped to the Latin spelling a French-speaking clerk would use. Long vowels (ا و ي) and ع become
 * vowels, which the phonetic key drops inside a word, exactly as it drops the written Latin vowels.
 */
const latinByArabicLetter: Readonly<Record<string, string>> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'ch',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'd',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'u',
  ي: 'i',
  ء: '',
  ئ: 'i',
  ؤ: 'u',
  گ: 'g',
  ڭ: 'g',
  ڤ: 'v',
  پ: 'p',
};

function transliterateWord(word: string): string {
  if (word === 'الله' || word === 'لله') {
    // The name of God in compounds (عبد الله → Abdellah) is written "lah", never as an article.
    return 'lah';
  }
  let latin = '';
  for (const [index, letter] of [...word].entries()) {
    if (index === 0 && letter === 'ي') {
      latin += 'y';
    } else if (index === 0 && letter === 'و') {
      latin += 'u';
    } else {
      latin += latinByArabicLetter[letter] ?? '';
    }
  }
  // A final ه is almost always a taa marbuta (فاطمة → Fatima), which Latin spelling does not write.
  return latin.replace(/(.)h$/, '$1');
}

/** Splits the article ال off a word; a word that is only the article stays as it is. */
function splitArticle(word: string): string[] {
  return word.startsWith('ال') && word.length > 3 && word !== 'الله' ? ['ال', word.slice(2)] : [word];
}

/** Transliterates an Arabic name into Latin tokens; the article ال becomes the particle "el". */
export function arabicToLatinTokens(value: string): string[] {
  const words = normaliseArabic(value)
    .split(' ')
    .filter((word) => word !== '');
  const tokens: string[] = [];
  for (const word of words) {
    for (const part of splitArticle(word)) {
      tokens.push(part === 'ال' ? 'el' : transliterateWord(part));
    }
  }
  return tokens.filter((token) => token !== '');
}
