import type { ComparisonColumn } from './comparison-column';
import { compareNames, isNameAgreement, nameLevels } from './compare-names';
import type { PreparedName } from './prepare-name';

/**
 * Given- and family-name comparisons with a cross-field check: when the straight comparison disagrees but the
 * given name of one record agrees with the family name of the other and vice versa, the names were swapped at
 * registration (DOMAIN.md §7), and both columns take the crossed levels.
 */
export function buildNameColumns(
  given: readonly (PreparedName | undefined)[],
  family: readonly (PreparedName | undefined)[],
): ComparisonColumn[] {
  // Both columns ask for the same pair in turn; remember the last pair rather than comparing twice.
  let lastI = -1;
  let lastJ = -1;
  let levels: [number, number] = [0, 0];
  const compareBoth = (i: number, j: number): [number, number] => {
    if (i === lastI && j === lastJ) {
      return levels;
    }
    lastI = i;
    lastJ = j;
    const straightGiven = compareNames(given[i], given[j]);
    const straightFamily = compareNames(family[i], family[j]);
    levels = [straightGiven, straightFamily];
    if (!(isNameAgreement(straightGiven) && isNameAgreement(straightFamily))) {
      const crossGiven = compareNames(given[i], family[j]);
      const crossFamily = compareNames(family[i], given[j]);
      if (isNameAgreement(crossGiven) && isNameAgreement(crossFamily)) {
        levels = [crossGiven, crossFamily];
      }
    }
    return levels;
  };
  const keys = (names: readonly (PreparedName | undefined)[]): (string | undefined)[] =>
    names.map((name) => name?.normal);
  return [
    {
      name: 'given_name',
      levels: nameLevels,
      personal: true,
      termFrequencyKeys: keys(given),
      compare: (i, j) => compareBoth(i, j)[0],
    },
    {
      name: 'family_name',
      levels: nameLevels,
      personal: false,
      termFrequencyKeys: keys(family),
      compare: (i, j) => compareBoth(i, j)[1],
    },
  ];
}

/** A single full-name comparison (token-set based, so word order does not matter). */
export function buildFullNameColumn(names: readonly (PreparedName | undefined)[]): ComparisonColumn {
  return {
    name: 'full_name',
    levels: nameLevels,
    personal: true,
    termFrequencyKeys: names.map((name) => name?.sortedTokens),
    compare: (i, j) => compareNames(names[i], names[j]),
  };
}
