import type { Random } from './create-random';
import { moroccanNames } from './moroccan-names';
import type { NameEntry } from './parse-name-table';

/** A name as a person carries it: the Latin spelling on their papers and the Arabic civil status form. */
export interface PersonName {
  latin: string;
  arabic: string;
}

/** Abbreviations such as "Med" are written by clerks, never chosen as a person's own spelling. */
const isAbbreviation = (spelling: string): boolean => spelling.length <= 3 && !/[aeiouy].*[aeiouy]/i.test(spelling);

/** Picks the spelling a person uses: usually the common one, sometimes one of the full variants. */
export function choosePersonName(entry: NameEntry, random: Random): PersonName {
  const fullVariants = entry.variants.filter((variant) => !isAbbreviation(variant));
  const latin = fullVariants.length > 0 && random.chance(0.15) ? random.pick(fullVariants) : entry.latin;
  return { latin, arabic: entry.arabic };
}

let spellingIndex: Map<string, NameEntry> | undefined;

/** Finds the catalogue entry a Latin spelling belongs to (case-insensitive), if any. */
export function findNameEntry(spelling: string): NameEntry | undefined {
  if (spellingIndex === undefined) {
    const index = new Map<string, NameEntry>();
    const entries = [...moroccanNames.male, ...moroccanNames.female, ...moroccanNames.family];
    // Usual spellings first, so "Amrani" finds Amrani before the variant "Amrani" of El Amrani.
    const keyed = [
      ...entries.map((entry) => [entry.latin, entry] as const),
      ...entries.flatMap((entry) => entry.variants.map((variant) => [variant, entry] as const)),
    ];
    for (const [key, entry] of keyed) {
      const normalised = key.toLowerCase();
      if (!index.has(normalised)) {
        index.set(normalised, entry);
      }
    }
    spellingIndex = index;
  }
  return spellingIndex.get(spelling.toLowerCase());
}
