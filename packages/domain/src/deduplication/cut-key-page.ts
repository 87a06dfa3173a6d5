/** One block of a page: the patients sharing a blocking key. */
export interface KeyBlock {
  key: string;
  patientIds: string[];
}

/** A page of blocking keys cut from index rows, and where the next page starts. */
export interface KeyPage {
  /** Blocks to score: keys shared by 2 to `maxBlockSize` patients. */
  blocks: KeyBlock[];
  /** Shared keys the page covers, the oversized ones included (the run's progress counts them all). */
  sharedKeys: number;
  /** Keys shared by more than `maxBlockSize` patients, passed over: such a key does not discriminate. */
  oversizedKeys: number;
  /** The last key the page covers, or undefined when there was nothing left. */
  cursor: string | undefined;
}

/**
 * Cuts a page from `(key, patient)` rows read in key order after the cursor, at most `rowLimit` of them: up to
 * `pageSize` shared keys, single-patient keys passed over. When the read hit the limit, the last key may have more
 * rows beyond it, so the page stops before it; unless it is the only key read, which then holds at least `rowLimit`
 * patients and is passed over as oversized (`rowLimit` must exceed `maxBlockSize`).
 */
export function cutKeyPage(
  rows: readonly { key: string; patientId: string }[],
  limits: { pageSize: number; maxBlockSize: number; rowLimit: number },
): KeyPage {
  const groups: KeyBlock[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.key === row.key) {
      last.patientIds.push(row.patientId);
    } else {
      groups.push({ key: row.key, patientIds: [row.patientId] });
    }
  }
  const page: KeyPage = { blocks: [], sharedKeys: 0, oversizedKeys: 0, cursor: undefined };
  if (rows.length >= limits.rowLimit) {
    const last = groups.pop();
    if (groups.length === 0 && last !== undefined) {
      return { blocks: [], sharedKeys: 1, oversizedKeys: 1, cursor: last.key };
    }
  }
  for (const group of groups) {
    if (page.sharedKeys >= limits.pageSize) {
      break;
    }
    page.cursor = group.key;
    if (group.patientIds.length < 2) {
      continue;
    }
    page.sharedKeys += 1;
    if (group.patientIds.length > limits.maxBlockSize) {
      page.oversizedKeys += 1;
    } else {
      page.blocks.push(group);
    }
  }
  return page;
}
