/**
 * Folds a name for searching in Latin or Arabic script: lower case, no accents, Arabic letter variants unified
 * (أ إ آ → ا, ة → ه, ى → ي, no tashkeel or tatweel), single spaces. Stored beside the names and applied to queries.
 */
export function normaliseSearchText(value: string): string {
  // Alef forms first: NFD would split أ إ آ into ا plus a combining hamza or madda.
  return value
    .replace(/[أإآٱ]/g, 'ا')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/['\u2018\u2019`´-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
