import type { ComparisonColumn } from './comparison-column';
import { missingLevel } from './comparison-column';
import { compareNames, isNameAgreement, nameLevels } from './compare-names';
import type { PreparedName } from './prepare-name';

/** Another writing of each record's name (the other script, say), compared as well when present. */
export type AlternativeNames = readonly (PreparedName | undefined)[];

/**
 * The strongest level over the writings of two names (primary and alternative, every pair): a name typed in both
 * scripts agrees when either writing does, as a reader of both scripts would judge. Missing only when all are.
 */
export function compareNameForms(
  a: PreparedName | undefined,
  b: PreparedName | undefined,
  alternativeA: PreparedName | undefined,
  alternativeB: PreparedName | undefined,
): number {
  let best = compareNames(a, b);
  if (best === 1 || (alternativeA === undefined && alternativeB === undefined)) {
    return best;
  }
  for (const [x, y] of [
    [alternativeA, b],
    [a, alternativeB],
    [alternativeA, alternativeB],
  ] as const) {
    const level = x === undefined || y === undefined ? missingLevel : compareNames(x, y);
    if (level !== missingLevel && (best === missingLevel || level < best)) {
      best = level;
    }
  }
  return best;
}

/**
 * Given- and family-name comparisons with a cross-field check: when the straight comparison disagrees but the
 * given name of one record agrees with the family name of the other and vice versa, the names were swapped at
 * registration (DOMAIN.md §7), and both columns take the crossed levels. `alternatives` holds other writings of the
 * names (see `compareNameForms`).
 */
export function buildNameColumns(
  given: readonly (PreparedName | undefined)[],
  family: readonly (PreparedName | undefined)[],
  alternatives: { given?: AlternativeNames; family?: AlternativeNames } = {},
): ComparisonColumn[] {
  const altGiven = alternatives.given ?? [];
  const altFamily = alternatives.family ?? [];
  const compareGiven = (i: number, j: number, names: readonly (PreparedName | undefined)[], other: AlternativeNames) =>
    compareNameForms(given[i], names[j], altGiven[i], other[j]);
  const compareFamily = (i: number, j: number, names: readonly (PreparedName | undefined)[], other: AlternativeNames) =>
    compareNameForms(family[i], names[j], altFamily[i], other[j]);
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
    const straightGiven = compareGiven(i, j, given, altGiven);
    const straightFamily = compareFamily(i, j, family, altFamily);
    levels = [straightGiven, straightFamily];
    if (!(isNameAgreement(straightGiven) && isNameAgreement(straightFamily))) {
      const crossGiven = compareGiven(i, j, family, altFamily);
      const crossFamily = compareFamily(i, j, given, altGiven);
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
