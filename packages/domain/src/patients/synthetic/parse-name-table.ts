/** One name of the synthetic name catalogue: its usual Latin spelling, its Arabic script form and how common it is. */
export interface NameEntry {
  latin: string;
  arabic: string;
  /** Relative frequency (any positive scale; only ratios matter). */
  weight: number;
  /** Other Latin spellings of the same name seen in records (transliteration variants, abbreviations). */
  variants: readonly string[];
}

/**
 * Parses a compact name table, one name a line: `Latin|Arabic|weight|variant,variant`. Blank lines are skipped.
 * @throws Error when a line does not have a Latin name, an Arabic name and a positive weight.
 */
export function parseNameTable(table: string): NameEntry[] {
  const entries: NameEntry[] = [];
  for (const rawLine of table.split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      continue;
    }
    const [latin = '', arabic = '', weightText = '', variantText = ''] = line.split('|');
    const weight = Number(weightText);
    if (latin === '' || arabic === '' || !(weight > 0)) {
      throw new Error(`Invalid name table line: ${line}`);
    }
    const variants = variantText
      .split(',')
      .map((variant) => variant.trim())
      .filter((variant) => variant !== '' && variant !== latin);
    entries.push({ latin, arabic, weight, variants });
  }
  return entries;
}
