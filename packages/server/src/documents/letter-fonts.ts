import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/** The four faces a letter uses. Arabic runs get Amiri, everything else Noto Sans (ADR 0012). */
export type LetterFont = 'latin' | 'latin-bold' | 'arabic' | 'arabic-bold';

export type Script = 'latin' | 'arabic';

export type FontWeight = 'regular' | 'bold';

// The fonts come from npm packages (OFL), so a fresh `npm ci` has them and nothing depends on system fonts.
const fontFiles: Record<LetterFont, string> = {
  latin: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  'latin-bold': '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  arabic: '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
  'arabic-bold': '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf',
};

/**
 * Amiri draws smaller than Noto Sans at the same point size (its x-height is lower), so Arabic runs are scaled up
 * to read at the same size as the Latin text beside them.
 */
export const ARABIC_SIZE_RATIO = 1.2;

const letterFonts: LetterFont[] = ['latin', 'latin-bold', 'arabic', 'arabic-bold'];
const require = createRequire(import.meta.url);
let loadedFonts: Map<LetterFont, Font> | undefined;

/**
 * The fonts, read and parsed once per process: parsing Amiri's layout tables for every letter would cost more than
 * the rest of the rendering. PDFKit then makes a fresh subset of them for each document.
 */
export function loadLetterFonts(): Map<LetterFont, Font> {
  loadedFonts ??= new Map(letterFonts.map((font) => [font, create(readFileSync(require.resolve(fontFiles[font])))]));
  return loadedFonts;
}

export function fontFor(script: Script, weight: FontWeight): LetterFont {
  if (script === 'arabic') {
    return weight === 'bold' ? 'arabic-bold' : 'arabic';
  }
  return weight === 'bold' ? 'latin-bold' : 'latin';
}

// Arabic, Arabic Supplement, Arabic Extended-A, and the presentation forms.
const arabicScript = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;

export function isArabicScript(character: string): boolean {
  return arabicScript.test(character);
}

export function hasArabicScript(text: string): boolean {
  return arabicScript.test(text);
}
