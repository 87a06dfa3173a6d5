/**
 * Folds a name for searching in Latin or Arabic script: lower case, no accents, Arabic letter variants unified
 * (أ إ آ → ا, ة → ه, ى → ي, no tashkeel or tatweel), single spaces. Stored beside the names and applied to queries.
 */
export function normaliseSearchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/[''`´-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
