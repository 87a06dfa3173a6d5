/** String similarities used by the comparisons: Jaro-Winkler, bounded Damerau-Levenshtein and token sets. */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro similarity in [0, 1]. */
export function jaro(a: string, b: string): number {
  if (a === b) {
    return a.length === 0 ? 0 : 1;
  }
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === 0 || lengthB === 0) {
    return 0;
  }
  if (flagsA.length < lengthA || flagsB.length < lengthB) {
    // Reused buffers: this runs millions of times per linkage, so it must not allocate.
    flagsA = new Uint8Array(Math.max(lengthA, lengthB) * 2);
    flagsB = new Uint8Array(Math.max(lengthA, lengthB) * 2);
  }
  flagsA.fill(0, 0, lengthA);
  flagsB.fill(0, 0, lengthB);
  const window = Math.max(0, Math.floor(Math.max(lengthA, lengthB) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < lengthA; i += 1) {
    const start = Math.max(0, i - window);
    const end = Math.min(i + window + 1, lengthB);
    for (let j = start; j < end; j += 1) {
      if (flagsB[j] === 0 && a.charCodeAt(i) === b.charCodeAt(j)) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) {
    return 0;
  }
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < lengthA; i += 1) {
    if (flagsA[i] === 1) {
      while (flagsB[k] === 0) {
        k += 1;
      }
      if (a.charCodeAt(i) !== b.charCodeAt(k)) {
        transpositions += 1;
      }
      k += 1;
    }
  }
  return (matches / lengthA + matches / lengthB + (matches - transpositions / 2) / matches) / 3;
}

/** Jaro-Winkler similarity (prefix scale 0.1, common prefix of at most 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  let prefix = 0;
  const limit = Math.min(4, a.length, b.length);
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix += 1;
  }
  return similarity + prefix * 0.1 * (1 - similarity);
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: adjacent transpositions count as one edit), bounded:
 * returns `max + 1` as soon as the distance is known to exceed `max`.
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  const width = b.length + 1;
  let previousPrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > max) {
      return max + 1;
    }
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/**
 * Whether two strings are at most one edit apart (Damerau-Levenshtein, optimal string alignment): the same answer as
 * `damerauLevenshtein(a, b, 1) <= 1`, in one pass without allocating (dates and identifiers ask it for most pairs).
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === lengthB) {
    let first = -1;
    for (let index = 0; index < lengthA; index += 1) {
      if (a.charCodeAt(index) !== b.charCodeAt(index)) {
        if (first === -1) {
          first = index;
        } else {
          // A second difference is fine only as the other half of an adjacent transposition, and the last one.
          return (
            index === first + 1 &&
            a.charCodeAt(first) === b.charCodeAt(index) &&
            a.charCodeAt(index) === b.charCodeAt(first) &&
            a.slice(index + 1) === b.slice(index + 1)
          );
        }
      }
    }
    return true;
  }
  if (Math.abs(lengthA - lengthB) > 1) {
    return false;
  }
  const [shorter, longer] = lengthA < lengthB ? [a, b] : [b, a];
  let index = 0;
  while (index < shorter.length && shorter.charCodeAt(index) === longer.charCodeAt(index)) {
    index += 1;
  }
  // One character of the longer is dropped at the first difference; the rest must then be equal.
  for (let rest = index; rest < shorter.length; rest += 1) {
    if (shorter.charCodeAt(rest) !== longer.charCodeAt(rest + 1)) {
      return false;
    }
  }
  return true;
}

/** How two token lists compare once each token is paired with its best partner. */
export interface TokenSetSimilarity {
  /** Length-weighted mean Jaro-Winkler over the best assignment, against the longer side. */
  similarity: number;
  /** Share of the shorter side's letters found (Jaro-Winkler ≥ 0.92) in the other side. */
  containment: number;
}

/**
 * Compares compound and reordered names: each token gets its best partner greedily (names have few tokens), and
 * a token glued in one record ("fatimazahra") is also compared against the other record's joined tokens.
 */
export function tokenSetSimilarity(left: readonly string[], right: readonly string[]): TokenSetSimilarity {
  const rows = left.length;
  const columns = right.length;
  if (rows === 0 || columns === 0) {
    return { similarity: 0, containment: 0 };
  }
  const scores = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < columns; j += 1) {
      scores[i * columns + j] = jaroWinkler(left[i] ?? '', right[j] ?? '');
    }
  }
  // Greedy assignment: repeatedly take the best remaining pair (names and addresses have a handful of tokens).
  let weighted = 0;
  let containedLeft = 0;
  let containedRight = 0;
  for (let step = Math.min(rows, columns); step > 0; step -= 1) {
    let best = -1;
    let bestIndex = -1;
    for (let index = 0; index < scores.length; index += 1) {
      if ((scores[index] ?? -1) > best) {
        best = scores[index] ?? -1;
        bestIndex = index;
      }
    }
    const i = Math.floor(bestIndex / columns);
    const j = bestIndex - i * columns;
    const lengthLeft = left[i]?.length ?? 0;
    const lengthRight = right[j]?.length ?? 0;
    weighted += best * Math.max(lengthLeft, lengthRight);
    if (best >= 0.92) {
      containedLeft += lengthLeft;
      containedRight += lengthRight;
    }
    scores.fill(-1, i * columns, (i + 1) * columns);
    for (let row = 0; row < rows; row += 1) {
      scores[row * columns + j] = -1;
    }
  }
  let totalLeft = 0;
  let totalRight = 0;
  left.forEach((token) => (totalLeft += token.length));
  right.forEach((token) => (totalRight += token.length));
  const assignment = weighted / Math.max(totalLeft, totalRight);
  const joined = rows === 1 && columns === 1 ? assignment : jaroWinkler(left.join(''), right.join(''));
  const containment =
    totalLeft <= totalRight ? containedLeft / Math.max(1, totalLeft) : containedRight / Math.max(1, totalRight);
  return { similarity: Math.max(assignment, joined), containment };
}
