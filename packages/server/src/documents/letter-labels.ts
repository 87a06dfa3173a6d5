import type { LetterLanguage } from './letter-document';

/** The few words the renderer prints itself; everything else comes translated in the document. */
export interface LetterLabels {
  reference: string;
  date: string;
  empty: string;
  page: (number: number, count: number) => string;
}

export const letterLabels: Record<LetterLanguage, LetterLabels> = {
  // French typography puts a no-break space before the colon.
  fr: { reference: 'Référence\u00a0:', date: 'Date\u00a0:', empty: '—', page: (n, count) => `Page ${n} / ${count}` },
  en: { reference: 'Reference:', date: 'Date:', empty: '—', page: (n, count) => `Page ${n} of ${count}` },
  // "n / N" would read backwards in a right-to-left line, hence "n of N" in words.
  ar: { reference: 'المرجع:', date: 'التاريخ:', empty: '—', page: (n, count) => `صفحة ${n} من ${count}` },
};
