import { toTextWords, toVisualOrder, type Direction, type TextRun, type TextWord } from './bidi-text';

/** A run placed on its line: `x` is its left edge from the line's left edge. */
export interface PlacedRun extends TextRun {
  x: number;
  width: number;
}

/** One printed line: its runs in logical order (the order they are written to the PDF, so copied text reads right). */
export interface TextLine {
  runs: PlacedRun[];
  width: number;
}

export type MeasureRun = (run: TextRun) => number;

export interface WrapOptions {
  direction: Direction;
  maxWidth: number;
  measure: MeasureRun;
}

function widthOf(runs: readonly TextRun[], measure: MeasureRun): number {
  return runs.reduce((total, run) => total + measure(run), 0);
}

/** Cuts a word wider than the line (a long code or address) between characters. */
function splitWord(word: TextWord, maxWidth: number, measure: MeasureRun): TextWord[] {
  const parts: TextWord[] = [];
  let current: TextRun[] = [];
  for (const run of word.runs) {
    for (const character of Array.from(run.text)) {
      const last = current.at(-1);
      const candidate =
        last?.level === run.level && last.script === run.script
          ? [...current.slice(0, -1), { ...last, text: last.text + character }]
          : [...current, { ...run, text: character }];
      if (current.length > 0 && widthOf(candidate, measure) > maxWidth) {
        parts.push({ runs: current, spaceLevel: run.level });
        current = [{ ...run, text: character }];
      } else {
        current = candidate;
      }
    }
  }
  parts.push({ runs: current, spaceLevel: word.spaceLevel });
  return parts;
}

function placeLine(words: readonly TextWord[], measure: MeasureRun): TextLine {
  const logical: PlacedRun[] = [];
  words.forEach((word, index) => {
    for (const run of word.runs) {
      logical.push({ ...run, x: 0, width: measure(run) });
    }
    const last = word.runs.at(-1);
    if (index < words.length - 1 && last) {
      const space = { text: ' ', level: word.spaceLevel, script: last.script };
      logical.push({ ...space, x: 0, width: measure(space) });
    }
  });
  let x = 0;
  for (const run of toVisualOrder(logical)) {
    run.x = x;
    x += run.width;
  }
  return { runs: logical, width: x };
}

/**
 * Wraps text (any mix of scripts, `\n` for hard breaks) into lines no wider than `maxWidth`, breaking at spaces,
 * and places each line's runs in visual order. An empty line stays as a blank line.
 */
export function wrapText(text: string, { direction, maxWidth, measure }: WrapOptions): TextLine[] {
  const lines: TextLine[] = [];
  for (const hardLine of text.split(/\r?\n/u)) {
    let current: TextWord[] = [];
    let currentWidth = 0;
    const flush = (): void => {
      lines.push(placeLine(current, measure));
      current = [];
      currentWidth = 0;
    };
    for (const word of toTextWords(hardLine, direction)) {
      const wordWidth = widthOf(word.runs, measure);
      const previous = current.at(-1);
      const lastRun = previous?.runs.at(-1);
      const spaceWidth =
        previous && lastRun ? measure({ text: ' ', level: previous.spaceLevel, script: lastRun.script }) : 0;
      if (current.length > 0 && currentWidth + spaceWidth + wordWidth > maxWidth) {
        flush();
      }
      if (wordWidth > maxWidth) {
        const parts = splitWord(word, maxWidth, measure);
        for (const part of parts.slice(0, -1)) {
          current = [part];
          flush();
        }
        const rest = parts.at(-1) ?? word;
        current = [rest];
        currentWidth = widthOf(rest.runs, measure);
        continue;
      }
      currentWidth += (current.length > 0 ? spaceWidth : 0) + wordWidth;
      current.push(word);
    }
    flush();
  }
  return lines;
}
