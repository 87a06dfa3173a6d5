export type { LetterBlock, LetterDocument, LetterField, LetterLanguage } from './letter-document';
export { renderLetterPdf } from './render-letter-pdf';
