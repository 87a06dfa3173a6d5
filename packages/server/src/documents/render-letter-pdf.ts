import PDFDocument from 'pdfkit';
import type { LetterDocument } from './letter-document';
import { LetterCanvas } from './letter-canvas';
import { drawLetterBlock } from './letter-blocks';
import { loadLetterFonts } from './letter-fonts';
import { drawFooter, drawLetterhead, drawTitle } from './letter-frame';
import { letterLabels } from './letter-labels';

function toBytes(document: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.on('error', reject);
  });
}

/**
 * Renders a letter as an A4 PDF: letterhead and footer with "page n / N" on every page, the title, the reference
 * and date, then the blocks flowing over as many pages as they need. Arabic mirrors the layout. The fonts' subsets
 * are embedded, so the PDF prints the same everywhere; its text extracts in logical order.
 */
export async function renderLetterPdf(letter: LetterDocument): Promise<Uint8Array> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    lang: letter.language,
    displayTitle: true,
    info: {
      Title: letter.title,
      Subject: letter.reference,
      Author: `${letter.letterhead.organisation} — ${letter.letterhead.establishment}`,
      Creator: 'Tansiq',
    },
  });
  const bytes = toBytes(document);
  for (const [name, font] of loadLetterFonts()) {
    document.registerFont(name, font);
  }
  const labels = letterLabels[letter.language];
  const direction = letter.language === 'ar' ? 'rtl' : 'ltr';
  const canvas = new LetterCanvas(document, direction, (page) => drawLetterhead(page, letter.letterhead));
  canvas.newPage();
  drawTitle(canvas, letter, labels);
  for (const block of letter.blocks) {
    drawLetterBlock(canvas, block, labels.empty);
  }
  const { start, count } = document.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    document.switchToPage(index);
    drawFooter(canvas, letter.footer, labels.page(index - start + 1, count));
  }
  document.end();
  return bytes;
}
