import { describe, expect, it } from 'vitest';
import { toShapingText, toTextWords, toVisualOrder } from './bidi-text';
import { wrapText } from './wrap-text';

/** The runs of each line in visual order (left to right), measured one unit per character. */
function visualLines(text: string, direction: 'ltr' | 'rtl', maxWidth = 1000): string[] {
  return wrapText(text, { direction, maxWidth, measure: (run) => run.text.length }).map((line) =>
    [...line.runs]
      .sort((a, b) => a.x - b.x)
      .map((run) => run.text)
      .join('|'),
  );
}

describe('bidirectional text', () => {
  it('keeps a Latin name and a code left to right inside an Arabic line, in reverse word order', () => {
    expect(visualLines('المريض Ahmed BENNANI رمز TTA-H-001', 'rtl')).toEqual([
      'TTA-H-001| |رمز| |Ahmed| |BENNANI| |المريض',
    ]);
  });

  it('keeps the groups of a phone number in order inside Arabic text', () => {
    const words = toTextWords('الهاتف +212 6 12 34 56 78', 'rtl');
    expect(words.map((word) => word.runs.map((run) => [run.text, run.level]))).toEqual([
      [['الهاتف', 1]],
      [['+212\u00a06\u00a012\u00a034\u00a056\u00a078', 2]],
    ]);
  });

  it('shows an Arabic name inside a French line right to left', () => {
    expect(visualLines('Patiente فاطمة العلمي, née en 1968', 'ltr')).toEqual([
      'Patiente| |العلمي| |فاطمة|,| |née| |en| |1968',
    ]);
  });

  it('gives each run the font of its script, brackets taking the script they enclose', () => {
    const [first, second] = toTextWords('(مثال) (exemple)', 'rtl');
    expect(first?.runs.map((run) => run.script)).toEqual(['arabic']);
    expect(second?.runs.map((run) => [run.text, run.script])).toEqual([
      ['(', 'arabic'],
      ['exemple', 'latin'],
      [')', 'arabic'],
    ]);
  });

  it('mirrors brackets at right-to-left levels and reverses runs the shaper will not', () => {
    expect(toShapingText({ text: '(مثال)', level: 1, script: 'arabic' })).toBe(')مثال(');
    expect(toShapingText({ text: '(', level: 1, script: 'arabic' })).toBe(')');
    expect(toShapingText({ text: '»: ', level: 1, script: 'arabic' })).toBe(' :«');
    expect(toShapingText({ text: 'TTA-H-001', level: 2, script: 'latin' })).toBe('TTA-H-001');
  });

  it('reverses nested levels per rule L2', () => {
    const runs = [0, 1, 1, 2, 2, 1, 0].map((level, index) => ({ level, id: index }));
    expect(toVisualOrder(runs).map((run) => run.id)).toEqual([0, 5, 3, 4, 2, 1, 6]);
  });

  it('wraps at spaces and cuts a word longer than the line', () => {
    expect(visualLines('un deux trois', 'ltr', 8)).toEqual(['un| |deux', 'trois']);
    expect(visualLines('ABCDEFGHIJ', 'ltr', 4)).toEqual(['ABCD', 'EFGH', 'IJ']);
    expect(visualLines('a\n\nb', 'ltr')).toEqual(['a', '', 'b']);
  });
});
