/** The languages a letter can be printed in: Arabic mirrors the whole layout. */
export type LetterLanguage = 'fr' | 'ar' | 'en';

/** One label and its value in a fields table. An empty value prints as "—"; `\n` starts a new line. */
export interface LetterField {
  label: string;
  value: string;
}

/** The content of a letter, in reading order. Text is plain Unicode in logical order, in any mix of scripts. */
export type LetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'fields'; rows: LetterField[] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'notice'; text: string }
  | { kind: 'signature'; label: string; name: string; detail?: string };

/**
 * A printable letter (referral, appointment, counter-referral, HR decision…), already composed and translated by the
 * feature that issues it. The renderer knows nothing of the business: it lays the blocks out on A4 pages.
 */
export interface LetterDocument {
  language: LetterLanguage;
  /** Printed on every page: the GST, the establishment and a few lines (address, phone). */
  letterhead: { organisation: string; establishment: string; lines: string[] };
  title: string;
  /** The business reference (referral number…), printed as plain text next to the date. */
  reference: string;
  /** Already formatted for the letter's language. */
  issuedAt: string;
  blocks: LetterBlock[];
  /** Printed at the bottom of every page, next to "page n / N". */
  footer: string;
}
