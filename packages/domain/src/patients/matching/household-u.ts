import type { MatchModel } from './match-model';

/** EM rounds over the household pairs; the estimate settles in a few. */
const rounds = 30;
/** A level EM never saw among matches is rare there, not impossible (else such a pair could only be relatives). */
const matchFloor = 1e-4;
/** Pseudo-pairs that pull each estimate towards the random-pair u, so a file with few household pairs keeps it. */
const priorPairs = 20;

/**
 * P(level | non-match) of each personal column among household pairs, learnt without labels: the candidate pairs
 * agreeing exactly on a column that identifies a household are a mixture of one person recorded twice (whose levels
 * follow the model's m, kept fixed) and of relatives (whose levels follow the unknown u). EM on the personal columns
 * estimates that u and the share of matches among these pairs. Relatives share a household and mostly not a birth date
 * or a given name; twins share the birth date: without this, a birth date agreeing between twins weighs as if two
 * strangers had it in common. Shared columns get none (undefined).
 */
export function estimateHouseholdU(model: MatchModel, levels: Uint8Array): (number[] | undefined)[] {
  const columnCount = model.columns.length;
  const household = model.columns.flatMap((column, index) => (column.household === true ? [index] : []));
  // A national id is issued to one person: relatives never share it, so its random-pair u stands for them too.
  const personal = model.columns.flatMap((column, index) =>
    column.shared || column.identifier === true ? [] : [index],
  );
  // Distinct patterns of the personal levels among household pairs, with their counts: EM works on those.
  const patterns = new Map<string, { levels: number[]; count: number }>();
  for (let offset = 0; offset < levels.length; offset += columnCount) {
    if (household.some((column) => levels[offset + column] === 1)) {
      const pattern = personal.map((column) => levels[offset + column] ?? 0);
      const key = pattern.join(',');
      const found = patterns.get(key);
      patterns.set(key, { levels: pattern, count: (found?.count ?? 0) + 1 });
    }
  }
  const randomU = personal.map((column) => normalised(model.columns[column]?.u ?? []));
  const m = personal.map((column) => model.columns[column]?.m ?? []);
  let u = randomU.map((table) => [...table]);
  let matchShare = 0.5;
  for (let round = 0; round < rounds && patterns.size > 0; round += 1) {
    const counts = randomU.map((table) => table.map((value) => priorPairs * value));
    let matches = 0;
    let total = 0;
    for (const pattern of patterns.values()) {
      let odds = Math.log(matchShare / (1 - matchShare));
      pattern.levels.forEach((level, index) => {
        if (level !== 0) {
          odds += Math.log(Math.max(matchFloor, m[index]?.[level] ?? 1) / (u[index]?.[level] ?? 1));
        }
      });
      const match = 1 / (1 + Math.exp(-odds));
      matches += match * pattern.count;
      total += pattern.count;
      pattern.levels.forEach((level, index) => {
        const count = counts[index];
        if (count !== undefined && level !== 0) {
          count[level] = (count[level] ?? 0) + (1 - match) * pattern.count;
        }
      });
    }
    matchShare = Math.min(0.999, Math.max(0.001, matches / total));
    u = counts.map(normalised);
  }
  return model.columns.map((column) => {
    const index = personal.indexOf(model.columns.indexOf(column));
    const table = u[index];
    return index === -1 || table === undefined ? undefined : table;
  });
}

/** The levels' probabilities over the non-missing levels (level 0 stays 0). */
function normalised(table: readonly number[]): number[] {
  const mass = table.slice(1).reduce((sum, value) => sum + value, 0);
  return table.map((value, level) => (level === 0 || mass === 0 ? 0 : value / mass));
}
