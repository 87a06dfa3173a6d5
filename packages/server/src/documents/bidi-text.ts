import bidiFactory from 'bidi-js';
import { hasArabicScript, isArabicScript, type Script } from './letter-fonts';

export type Direction = 'ltr' | 'rtl';

/** A stretch of one word in one script at one bidi level, in logical order. */
export interface TextRun {
  text: string;
  level: number;
  script: Script;
}

/** A word (what lies between two breakable spaces) and the bidi level of the space after it. */
export interface TextWord {
  runs: TextRun[];
  spaceLevel: number;
}

const bidi = bidiFactory();

const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const NO_BREAK_SPACE = '\u00a0';

// Three or more groups of digits ("+212 6 12 34 56 78", "05.39.00.00.00"). Plain bidi would show the groups of a
// phone number in reverse order inside Arabic text, so each number is isolated as left-to-right and kept whole.
const digitGroups = /\+?\d+(?:[ .-]\d+){2,}/gu;
const latinLetterOrDigit = /[\p{L}\p{N}]/u;
const whitespace = /\s/u;

function isolateNumbers(text: string): string {
  return text.replace(
    digitGroups,
    (number) => `${LEFT_TO_RIGHT_ISOLATE}${number.replaceAll(' ', NO_BREAK_SPACE)}${POP_DIRECTIONAL_ISOLATE}`,
  );
}

function strongScript(character: string): Script | undefined {
  if (isArabicScript(character)) {
    return 'arabic';
  }
  return latinLetterOrDigit.test(character) ? 'latin' : undefined;
}

/** Punctuation takes the script of the letters around it at the same level, so "(…)" matches its contents. */
function scriptsOf(characters: string[], levels: Uint8Array): Script[] {
  const strong = characters.map(strongScript);
  return strong.map((script, index) => {
    if (script) {
      return script;
    }
    const level = levels[index];
    const neighbour = (step: number): Script | undefined => {
      for (let at = index + step; at >= 0 && at < strong.length && levels[at] === level; at += step) {
        const found = strong[at];
        if (found) {
          return found;
        }
      }
      return undefined;
    };
    return neighbour(-1) ?? neighbour(1) ?? ((level ?? 0) % 2 === 1 ? 'arabic' : 'latin');
  });
}

/**
 * Splits one line of text (no `\n`) into words, each cut into runs of one script and one bidi level (Unicode
 * Bidirectional Algorithm, UAX #9, through bidi-js), ready to be measured, wrapped and reordered.
 */
export function toTextWords(line: string, direction: Direction): TextWord[] {
  const text = isolateNumbers(line);
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const characters = text.split('');
  const scripts = scriptsOf(characters, levels);
  const words: TextWord[] = [];
  let runs: TextRun[] = [];
  characters.forEach((character, index) => {
    const level = levels[index] ?? 0;
    if (character === LEFT_TO_RIGHT_ISOLATE || character === POP_DIRECTIONAL_ISOLATE) {
      return;
    }
    if (whitespace.test(character) && character !== NO_BREAK_SPACE) {
      if (runs.length > 0) {
        words.push({ runs, spaceLevel: level });
        runs = [];
      }
      return;
    }
    const script = scripts[index] ?? 'latin';
    const last = runs.at(-1);
    if (last && last.level === level && last.script === script) {
      last.text += character;
    } else {
      runs.push({ text: character, level, script });
    }
  });
  if (runs.length > 0) {
    words.push({ runs, spaceLevel: direction === 'rtl' ? 1 : 0 });
  }
  return words;
}

/** Reorders the runs of one line from logical to visual (left to right) order: rule L2 of UAX #9. */
export function toVisualOrder<T extends { level: number }>(runs: readonly T[]): T[] {
  const visual = [...runs];
  const highest = Math.max(0, ...visual.map((run) => run.level));
  const lowestOdd = Math.min(...visual.map((run) => (run.level % 2 === 1 ? run.level : run.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < visual.length; start++) {
      if ((visual[start]?.level ?? 0) < level) {
        continue;
      }
      let end = start;
      while (end + 1 < visual.length && (visual[end + 1]?.level ?? 0) >= level) {
        end++;
      }
      visual.splice(start, end - start + 1, ...visual.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return visual;
}

/**
 * The characters of a run in the order the shaper must receive them. The font engine (fontkit) lays out Arabic
 * script right to left by itself; any other run at an odd level (brackets, dashes between Arabic words) is reversed
 * here. Brackets at an odd level are mirrored, as the fonts have no `rtlm` feature for them.
 */
export function toShapingText(run: TextRun): string {
  const rightToLeft = run.level % 2 === 1;
  const characters = Array.from(run.text, (character) =>
    rightToLeft ? (bidi.getMirroredCharacter(character) ?? character) : character,
  );
  const shaperReverses = hasArabicScript(run.text);
  return (rightToLeft === shaperReverses ? characters : characters.reverse()).join('');
}
