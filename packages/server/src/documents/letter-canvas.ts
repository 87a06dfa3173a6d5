import { toShapingText, type Direction, type TextRun } from './bidi-text';
import { ARABIC_SIZE_RATIO, fontFor, type FontWeight } from './letter-fonts';
import { wrapText, type TextLine } from './wrap-text';

export interface TextStyle {
  size: number;
  weight: FontWeight;
  color: string;
}

/** Where a line sits in its box, in the letter's own direction: `start` is the right edge in Arabic. */
export type Alignment = 'start' | 'end';

export interface Box {
  x: number;
  width: number;
}

/** A4 in points, and the page's fixed zones. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margin: 50,
  bodyTop: 118,
  bodyBottom: 841.89 - 64,
} as const;

export const CONTENT: Box = { x: PAGE.margin, width: PAGE.width - 2 * PAGE.margin };

const MAX_CACHED_WIDTHS = 20_000;
const widthAtOnePoint = new Map<string, number>();

/**
 * The pages of one letter and a cursor (`y`) running down them. It measures, wraps and draws bidirectional text,
 * one run per font, and opens a new page (through `onNewPage`, which draws the header) when the body is full.
 */
export class LetterCanvas {
  y: number = PAGE.bodyTop;

  constructor(
    readonly document: PDFKit.PDFDocument,
    readonly direction: Direction,
    private readonly onNewPage: (canvas: LetterCanvas) => void,
  ) {}

  /** Line height: Arabic letters need more room for Amiri's tall ascenders and marks below. */
  lineHeight(style: TextStyle): number {
    return style.size * (this.direction === 'rtl' ? 1.75 : 1.5);
  }

  /** A run's width. Shaping is the costly part of a letter, so widths are kept per font, at 1 pt. */
  measure(run: TextRun, style: TextStyle): number {
    const font = fontFor(run.script, style.weight);
    const size = run.script === 'arabic' ? style.size * ARABIC_SIZE_RATIO : style.size;
    const text = toShapingText(run);
    const key = `${font}\u0000${text}`;
    let width = widthAtOnePoint.get(key);
    if (width === undefined) {
      width = this.document.font(font).fontSize(1).widthOfString(text, { features: [] });
      if (widthAtOnePoint.size >= MAX_CACHED_WIDTHS) {
        widthAtOnePoint.clear();
      }
      widthAtOnePoint.set(key, width);
    }
    return width * size;
  }

  wrap(text: string, style: TextStyle, maxWidth: number): TextLine[] {
    return wrapText(text, { direction: this.direction, maxWidth, measure: (run) => this.measure(run, style) });
  }

  /** Draws a line with its baseline at `baseline`, aligned in `box` (start = right in Arabic). */
  drawLine(line: TextLine, style: TextStyle, box: Box, baseline: number, alignment: Alignment = 'start'): void {
    const atLeft = (alignment === 'start') === (this.direction === 'ltr');
    const left = atLeft ? box.x : box.x + box.width - line.width;
    for (const run of line.runs) {
      if (run.text.trim() === '') {
        continue;
      }
      this.useFont(run, style);
      this.document.fillColor(style.color).text(toShapingText(run), left + run.x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        features: [],
      });
    }
  }

  /** Wraps and draws text in a box from the cursor down, breaking pages between lines. */
  writeText(text: string, style: TextStyle, box: Box = CONTENT, alignment: Alignment = 'start'): void {
    const lineHeight = this.lineHeight(style);
    for (const line of this.wrap(text, style, box.width)) {
      this.ensureSpace(lineHeight);
      this.drawLine(line, style, box, this.baselineOf(style), alignment);
      this.y += lineHeight;
    }
  }

  /** Where the baseline of a line starting at the cursor falls. */
  baselineOf(style: TextStyle, top: number = this.y): number {
    return top + style.size * (this.direction === 'rtl' ? 1.3 : 1.15);
  }

  /** The x of a box's start edge in the letter's direction. */
  startOf(box: Box): number {
    return this.direction === 'ltr' ? box.x : box.x + box.width;
  }

  /** A box of `width` against the start (or end) side of `box`. */
  side(box: Box, width: number, alignment: Alignment): Box {
    const atLeft = (alignment === 'start') === (this.direction === 'ltr');
    return { x: atLeft ? box.x : box.x + box.width - width, width };
  }

  remaining(): number {
    return PAGE.bodyBottom - this.y;
  }

  /** Opens a new page unless `height` still fits under the cursor. */
  ensureSpace(height: number): void {
    if (height > this.remaining()) {
      this.newPage();
    }
  }

  newPage(): void {
    this.document.addPage();
    this.y = PAGE.bodyTop;
    this.onNewPage(this);
  }

  private useFont(run: TextRun, style: TextStyle): void {
    const size = run.script === 'arabic' ? style.size * ARABIC_SIZE_RATIO : style.size;
    this.document.font(fontFor(run.script, style.weight)).fontSize(size);
  }
}
