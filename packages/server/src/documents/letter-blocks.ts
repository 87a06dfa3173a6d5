import type { LetterBlock, LetterField } from './letter-document';
import { CONTENT, type LetterCanvas, type TextStyle } from './letter-canvas';
import { COLORS } from './letter-frame';

const BODY: TextStyle = { size: 10, weight: 'regular', color: COLORS.text };
const HEADING: TextStyle = { size: 12, weight: 'bold', color: COLORS.accent };
const LABEL: TextStyle = { size: 9, weight: 'bold', color: COLORS.muted };
const NOTICE: TextStyle = { size: 9.5, weight: 'regular', color: COLORS.text };
const SMALL: TextStyle = { size: 8.5, weight: 'regular', color: COLORS.muted };
const BLOCK_GAP = 10;

function rule(canvas: LetterCanvas, y: number, color: string, width = 0.5): void {
  canvas.document
    .moveTo(CONTENT.x, y)
    .lineTo(CONTENT.x + CONTENT.width, y)
    .lineWidth(width)
    .strokeColor(color)
    .stroke();
}

function drawHeading(canvas: LetterCanvas, text: string): void {
  // Keep a heading with at least three lines of what follows.
  canvas.ensureSpace(canvas.lineHeight(HEADING) + 3 * canvas.lineHeight(BODY) + 12);
  canvas.y += 6;
  canvas.writeText(text, HEADING);
  rule(canvas, canvas.y, COLORS.rule);
  canvas.y += 6;
}

/** A two-column table, labels on the start side; a row too tall for the page continues on the next one. */
function drawFields(canvas: LetterCanvas, rows: LetterField[], empty: string): void {
  const labelBox = canvas.side(CONTENT, CONTENT.width * 0.32, 'start');
  const valueBox = canvas.side(CONTENT, CONTENT.width * 0.68 - 14, 'end');
  const lineHeight = canvas.lineHeight(BODY);
  const padding = 4;
  for (const row of rows) {
    const labels = canvas.wrap(row.label, LABEL, labelBox.width);
    const values = canvas.wrap(row.value.trim() === '' ? empty : row.value, BODY, valueBox.width);
    const count = Math.max(labels.length, values.length);
    const height = count * lineHeight + 2 * padding;
    if (height <= canvas.remaining() || height > canvas.document.page.height / 2) {
      canvas.ensureSpace(lineHeight + 2 * padding);
    } else {
      canvas.newPage();
    }
    canvas.y += padding;
    for (let index = 0; index < count; index++) {
      canvas.ensureSpace(lineHeight + padding);
      const label = labels[index];
      const value = values[index];
      if (label) {
        canvas.drawLine(label, LABEL, labelBox, canvas.baselineOf(BODY));
      }
      if (value) {
        canvas.drawLine(value, BODY, valueBox, canvas.baselineOf(BODY));
      }
      canvas.y += lineHeight;
    }
    canvas.y += padding;
    rule(canvas, canvas.y, COLORS.rule);
  }
}

/** A framed paragraph (a warning, a confidentiality notice); a frame is drawn for each page it spans. */
function drawNotice(canvas: LetterCanvas, text: string): void {
  const padding = 8;
  const border = 3;
  const textBox = { x: CONTENT.x + padding + border, width: CONTENT.width - 2 * padding - border };
  const lines = canvas.wrap(text, NOTICE, textBox.width);
  const lineHeight = canvas.lineHeight(NOTICE);
  let index = 0;
  while (index < lines.length) {
    canvas.ensureSpace(lineHeight + 2 * padding);
    const fitting = Math.max(1, Math.floor((canvas.remaining() - 2 * padding) / lineHeight));
    const chunk = lines.slice(index, index + fitting);
    const height = chunk.length * lineHeight + 2 * padding;
    const borderX = canvas.direction === 'ltr' ? CONTENT.x : CONTENT.x + CONTENT.width - border;
    canvas.document.rect(CONTENT.x, canvas.y, CONTENT.width, height).fill(COLORS.noticeBackground);
    canvas.document.rect(borderX, canvas.y, border, height).fill(COLORS.noticeBorder);
    chunk.forEach((line, offset) => {
      const top = canvas.y + padding + offset * lineHeight;
      canvas.drawLine(line, NOTICE, textBox, canvas.baselineOf(NOTICE, top));
    });
    canvas.y += height;
    index += chunk.length;
  }
}

/** The signatory, kept together on the end side, with room above the name to sign and stamp. */
function drawSignature(canvas: LetterCanvas, block: Extract<LetterBlock, { kind: 'signature' }>): void {
  const box = canvas.side(CONTENT, 220, 'end');
  const name: TextStyle = { ...BODY, weight: 'bold' };
  const lines = [
    ...canvas.wrap(block.label, SMALL, box.width).map((line) => ({ line, style: SMALL, gapBefore: 0 })),
    ...canvas
      .wrap(block.name, name, box.width)
      .map((line, index) => ({ line, style: name, gapBefore: index === 0 ? 34 : 0 })),
    ...(block.detail ? canvas.wrap(block.detail, SMALL, box.width) : []).map((line) => ({
      line,
      style: SMALL,
      gapBefore: 0,
    })),
  ];
  const height = lines.reduce((total, { style, gapBefore }) => total + gapBefore + canvas.lineHeight(style), 0);
  canvas.ensureSpace(height + 10);
  canvas.y += 10;
  for (const { line, style, gapBefore } of lines) {
    canvas.y += gapBefore;
    canvas.drawLine(line, style, box, canvas.baselineOf(style));
    canvas.y += canvas.lineHeight(style);
  }
}

/** Draws one content block from the cursor down. */
export function drawLetterBlock(canvas: LetterCanvas, block: LetterBlock, empty: string): void {
  switch (block.kind) {
    case 'heading':
      drawHeading(canvas, block.text);
      break;
    case 'fields':
      drawFields(canvas, block.rows, empty);
      break;
    case 'paragraph':
      canvas.writeText(block.text.trim() === '' ? empty : block.text, BODY);
      break;
    case 'notice':
      drawNotice(canvas, block.text);
      break;
    case 'signature':
      drawSignature(canvas, block);
      break;
  }
  canvas.y += BLOCK_GAP;
}
