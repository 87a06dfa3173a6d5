/** Distinct pairs of records, `left[k] < right[k]`, in ascending order. */
export interface BlockPairs {
  left: Int32Array;
  right: Int32Array;
}

/**
 * Every pair of records inside each block (the records sharing one blocking key), each pair once even when it shares
 * several keys. Records are indexes below `recordCount`; callers keep blocks small (a key shared by hundreds of
 * patients does not discriminate and is skipped before).
 */
export function pairsInBlocks(blocks: readonly (readonly number[])[], recordCount: number): BlockPairs {
  let size = 0;
  for (const block of blocks) {
    size += (block.length * (block.length - 1)) / 2;
  }
  // i * recordCount + j fits a double exactly for any realistic page (recordCount² < 2^53).
  const codes = new Float64Array(size);
  let length = 0;
  for (const block of blocks) {
    for (let a = 0; a < block.length; a += 1) {
      const first = block[a] ?? 0;
      for (let b = a + 1; b < block.length; b += 1) {
        const second = block[b] ?? 0;
        if (first !== second) {
          codes[length] = first < second ? first * recordCount + second : second * recordCount + first;
          length += 1;
        }
      }
    }
  }
  const sorted = codes.subarray(0, length).sort();
  let unique = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) {
      sorted[unique] = sorted[index] ?? 0;
      unique += 1;
    }
  }
  const left = new Int32Array(unique);
  const right = new Int32Array(unique);
  for (let index = 0; index < unique; index += 1) {
    const code = sorted[index] ?? 0;
    const first = Math.floor(code / recordCount);
    left[index] = first;
    right[index] = code - first * recordCount;
  }
  return { left, right };
}
