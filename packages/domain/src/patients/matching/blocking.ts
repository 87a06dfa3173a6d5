import type { BlockingValues } from './build-comparisons';

/** A blocking rule: records sharing a non-empty key become candidate pairs. */
export interface BlockingRule {
  name: string;
  key: (record: number) => string;
}

/** Dedupe compares records of one file; link compares records `[0, leftCount)` with the rest. */
export type LinkageMode = { kind: 'dedupe' } | { kind: 'link'; leftCount: number };

/** Candidate pairs as parallel arrays of record indexes (left < right in dedupe). */
export interface CandidatePairs {
  left: Int32Array;
  right: Int32Array;
  /** Blocks skipped because they alone would exceed `maxBlockPairs` (a key shared by too many records). */
  skippedBlocks: { rule: string; size: number }[];
}

const joinKeys =
  (...parts: (string[] | undefined)[]) =>
  (record: number): string => {
    const values = parts.map((part) => part?.[record] ?? '');
    return values.every((value) => value !== '') && parts.every((part) => part !== undefined) ? values.join('|') : '';
  };

/**
 * Default blocking rules from the roles present, OR-ed: each identifier; phonetic family name + birth year;
 * phonetic given name + family name's first sound + locality or postcode, and the mirror (family key + given
 * initial + locality); phone; family name's first 3 letters + birth date; given key + birth date; birth date +
 * postcode or locality (names replaced entirely, e.g. a newborn named after registration); both names' phonetic keys in
 * either order,
 * and both names' first sounds in either order + birth date (swaps, also misspelt); each name token's key + birth year.
 */
export function defaultBlockingRules(values: BlockingValues): BlockingRule[] {
  const rules: BlockingRule[] = values.identifiers.map((identifier, index) => ({
    name: `identifier_${index + 1}`,
    key: joinKeys(identifier),
  }));
  const { givenKey, familyKey } = values;
  rules.push(
    { name: 'family_key+birth_year', key: joinKeys(familyKey, values.birthYear) },
    // The family name's first sound keeps these blocks small when a common given name meets a large town.
    { name: 'given_key+family_initial+locality', key: joinKeys(givenKey, values.familyInitial, values.locality) },
    { name: 'given_key+family_initial+postcode', key: joinKeys(givenKey, values.familyInitial, values.postcode) },
    { name: 'phone', key: joinKeys(values.phone) },
    { name: 'family_prefix+birth_date', key: joinKeys(values.familyPrefix, values.birthDigits) },
    { name: 'given_key+birth_date', key: joinKeys(givenKey, values.birthDigits) },
    { name: 'birth_date+postcode', key: joinKeys(values.birthDigits, values.postcode) },
    { name: 'birth_date+locality', key: joinKeys(values.birthDigits, values.locality) },
    // The mirror of given_key+family_initial+locality: a misspelt given name and a mistyped birth date together.
    { name: 'family_key+given_initial+locality', key: joinKeys(familyKey, values.givenInitial, values.locality) },
  );
  if (givenKey !== undefined && familyKey !== undefined) {
    rules.push({
      name: 'name_keys_any_order',
      key: (record) => {
        const keys = [givenKey[record] ?? '', familyKey[record] ?? ''];
        return keys.every((key) => key !== '') ? keys.sort().join('|') : '';
      },
    });
    // Swapped names that are also misspelt: both names' first sounds, in either order, with the birth date.
    rules.push({
      name: 'name_initials_any_order+birth_date',
      key: (record) => {
        const parts = [values.givenInitial?.[record] ?? '', values.familyInitial?.[record] ?? ''];
        const date = values.birthDigits?.[record] ?? '';
        return parts.every((part) => part !== '') && date !== '' ? `${parts.sort().join('|')}|${date}` : '';
      },
    });
  } else {
    rules.push({
      name: 'first_two_name_tokens',
      key: (record) => {
        const keys = values.nameTokenKeys[record] ?? [];
        return keys.length >= 2 ? [...keys].sort().slice(0, 2).join('|') : '';
      },
    });
    rules.push({
      name: 'last_name_token+birth_year',
      key: (record) => {
        const keys = values.nameTokenKeys[record] ?? [];
        const year = values.birthYear?.[record] ?? '';
        return keys.length > 0 && year !== '' ? `${keys[keys.length - 1] ?? ''}|${year}` : '';
      },
    });
  }
  return rules;
}

class PairCollector {
  codes = new Float64Array(1024);
  length = 0;
  push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length] = code;
    this.length += 1;
  }
}

/**
 * Candidate pairs from OR-ed blocking rules, deduplicated. A block that alone would yield more than
 * `maxBlockPairs` pairs is skipped and reported, which keeps 100,000 records per side near-linear: such a key is
 * too common to discriminate, and the other rules still bring true matches together.
 */
export function generateCandidatePairs(
  recordCount: number,
  rules: readonly BlockingRule[],
  mode: LinkageMode,
  maxBlockPairs = 250_000,
): CandidatePairs {
  const collector = new PairCollector();
  const skippedBlocks: { rule: string; size: number }[] = [];
  const leftCount = mode.kind === 'link' ? mode.leftCount : recordCount;
  for (const rule of rules) {
    const blocks = new Map<string, number[]>();
    for (let record = 0; record < recordCount; record += 1) {
      const key = rule.key(record);
      if (key !== '') {
        const block = blocks.get(key);
        if (block === undefined) {
          blocks.set(key, [record]);
        } else {
          block.push(record);
        }
      }
    }
    for (const members of blocks.values()) {
      if (members.length < 2) {
        continue;
      }
      // Members are in ascending order, so left-file records come first.
      const split = mode.kind === 'link' ? members.findIndex((record) => record >= leftCount) : members.length;
      const lefts = mode.kind === 'link' ? (split < 0 ? members.length : split) : members.length;
      const pairs =
        mode.kind === 'link' ? lefts * (members.length - lefts) : (members.length * (members.length - 1)) / 2;
      if (pairs > maxBlockPairs) {
        skippedBlocks.push({ rule: rule.name, size: members.length });
        continue;
      }
      for (let a = 0; a < lefts; a += 1) {
        const i = members[a] ?? 0;
        for (let b = mode.kind === 'link' ? lefts : a + 1; b < members.length; b += 1) {
          collector.push(i * recordCount + (members[b] ?? 0));
        }
      }
    }
  }
  const codes = collector.codes.subarray(0, collector.length).sort();
  let unique = 0;
  for (let index = 0; index < codes.length; index += 1) {
    if (index === 0 || codes[index] !== codes[index - 1]) {
      codes[unique] = codes[index] ?? 0;
      unique += 1;
    }
  }
  const left = new Int32Array(unique);
  const right = new Int32Array(unique);
  for (let index = 0; index < unique; index += 1) {
    const code = codes[index] ?? 0;
    left[index] = Math.floor(code / recordCount);
    right[index] = code - (left[index] ?? 0) * recordCount;
  }
  return { left, right, skippedBlocks };
}
