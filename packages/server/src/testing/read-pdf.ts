import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ReadPdf {
  pageCount: number;
  /** Each page's text as PDF.js extracts it, in NFKC (Arabic presentation forms folded) with spaces collapsed. */
  pages: string[];
  info: object;
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Parses a PDF with PDF.js (what Firefox uses), to test what a reader will see, not what we think we wrote. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // PDF.js takes ownership of (detaches) the buffer it is given.
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('');
      pages.push(normalise(text));
    }
    const { info } = await pdf.getMetadata();
    return { pageCount: pdf.numPages, pages, info };
  } finally {
    await pdf.destroy();
  }
}

/** Text without any whitespace, to find words whatever spacing the extraction guessed between runs. */
export function withoutSpaces(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}
