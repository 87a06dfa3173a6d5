import type { LetterDocument } from './letter-document';
import { CONTENT, PAGE, type LetterCanvas, type TextStyle } from './letter-canvas';
import type { LetterLabels } from './letter-labels';

export const COLORS = {
  band: '#0b4f6c',
  bandText: '#ffffff',
  bandMuted: '#d5e6ee',
  accent: '#0b4f6c',
  text: '#1b1f23',
  muted: '#5b6670',
  rule: '#d5dbe0',
  noticeBackground: '#fdf3e1',
  noticeBorder: '#d98e04',
} as const;

const BAND_HEIGHT = 84;

/** The letterhead band, drawn at the top of every page: organisation and establishment at the start, lines at the end. */
export function drawLetterhead(canvas: LetterCanvas, letterhead: LetterDocument['letterhead']): void {
  const { document } = canvas;
  document.rect(0, 0, PAGE.width, BAND_HEIGHT).fill(COLORS.band);
  const half = { ...CONTENT, width: CONTENT.width / 2 - 10 };
  const start = canvas.side(CONTENT, half.width, 'start');
  const end = canvas.side(CONTENT, half.width, 'end');
  const organisation: TextStyle = { size: 13, weight: 'bold', color: COLORS.bandText };
  const establishment: TextStyle = { size: 10, weight: 'regular', color: COLORS.bandMuted };
  const detail: TextStyle = { size: 8.5, weight: 'regular', color: COLORS.bandMuted };
  let top = 18;
  for (const [text, style] of [
    [letterhead.organisation, organisation],
    [letterhead.establishment, establishment],
  ] as const) {
    for (const line of canvas.wrap(text, style, start.width).slice(0, 2)) {
      canvas.drawLine(line, style, start, canvas.baselineOf(style, top));
      top += canvas.lineHeight(style);
    }
  }
  let lineTop = 18;
  for (const text of letterhead.lines.slice(0, 4)) {
    const line = canvas.wrap(text, detail, end.width)[0];
    if (line) {
      canvas.drawLine(line, detail, end, canvas.baselineOf(detail, lineTop), 'end');
    }
    lineTop += canvas.lineHeight(detail) * 0.95;
  }
}

/** The footer of every page: a rule, the document's footer text at the start and "page n / N" at the end. */
export function drawFooter(canvas: LetterCanvas, footer: string, pageLabel: string): void {
  const { document } = canvas;
  const top = PAGE.bodyBottom + 14;
  document
    .moveTo(CONTENT.x, top)
    .lineTo(CONTENT.x + CONTENT.width, top)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  const style: TextStyle = { size: 7.5, weight: 'regular', color: COLORS.muted };
  const pageBox = canvas.side(CONTENT, 90, 'end');
  const textBox = canvas.side(CONTENT, CONTENT.width - 100, 'start');
  let lineTop = top + 5;
  for (const line of canvas.wrap(footer, style, textBox.width).slice(0, 2)) {
    canvas.drawLine(line, style, textBox, canvas.baselineOf(style, lineTop));
    lineTop += canvas.lineHeight(style);
  }
  const page = canvas.wrap(pageLabel, style, pageBox.width)[0];
  if (page) {
    canvas.drawLine(page, style, pageBox, canvas.baselineOf(style, top + 5), 'end');
  }
}

/** The title and the reference/date line under the letterhead of the first page. */
export function drawTitle(canvas: LetterCanvas, letter: LetterDocument, labels: LetterLabels): void {
  canvas.writeText(letter.title, { size: 17, weight: 'bold', color: COLORS.text });
  canvas.y += 2;
  const style: TextStyle = { size: 9.5, weight: 'regular', color: COLORS.muted };
  const half = CONTENT.width / 2 - 10;
  const reference = canvas.wrap(`${labels.reference} ${letter.reference || labels.empty}`, style, half);
  const date = canvas.wrap(`${labels.date} ${letter.issuedAt || labels.empty}`, style, half);
  const lineHeight = canvas.lineHeight(style);
  reference.forEach((line, index) => {
    canvas.drawLine(
      line,
      style,
      canvas.side(CONTENT, half, 'start'),
      canvas.baselineOf(style, canvas.y + index * lineHeight),
    );
  });
  date.forEach((line, index) => {
    const box = canvas.side(CONTENT, half, 'end');
    canvas.drawLine(line, style, box, canvas.baselineOf(style, canvas.y + index * lineHeight), 'end');
  });
  canvas.y += Math.max(reference.length, date.length) * lineHeight + 8;
  canvas.document
    .moveTo(CONTENT.x, canvas.y)
    .lineTo(CONTENT.x + CONTENT.width, canvas.y)
    .lineWidth(1)
    .strokeColor(COLORS.accent)
    .stroke();
  canvas.y += 14;
}
