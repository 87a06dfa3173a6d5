/**
 * Groups records into clusters (one person each) from scored pairs, for deduplication. Plain connected components
 * chain: A~B and B~C merge A and C even when they clearly differ. Here clusters merge in decreasing order of link
 * probability, and only when at least half of the record pairs across the two clusters are themselves links
 * (average-linkage style): a chain A~B~C still forms (1 of 2 cross pairs), a chain of four does not.
 */
export function clusterRecords(
  recordCount: number,
  pairs: { left: ArrayLike<number>; right: ArrayLike<number>; probability: ArrayLike<number> },
  threshold: number,
): Int32Array {
  const links: { left: number; right: number; probability: number }[] = [];
  for (let index = 0; index < pairs.probability.length; index += 1) {
    const probability = pairs.probability[index] ?? 0;
    if (probability >= threshold) {
      links.push({ left: pairs.left[index] ?? 0, right: pairs.right[index] ?? 0, probability });
    }
  }
  links.sort((a, b) => b.probability - a.probability);
  const clusterOf = Int32Array.from({ length: recordCount }, (_, index) => index);
  const members = new Map<number, number[]>();
  // linkCounts.get(a).get(b): number of links between the records of clusters a and b.
  const linkCounts = new Map<number, Map<number, number>>();
  const countsOf = (cluster: number): Map<number, number> => {
    let counts = linkCounts.get(cluster);
    if (counts === undefined) {
      counts = new Map();
      linkCounts.set(cluster, counts);
    }
    return counts;
  };
  for (const { left, right } of links) {
    const a = clusterOf[left] ?? left;
    const b = clusterOf[right] ?? right;
    countsOf(a).set(b, (countsOf(a).get(b) ?? 0) + 1);
    countsOf(b).set(a, (countsOf(b).get(a) ?? 0) + 1);
  }
  const membersOf = (cluster: number): number[] => members.get(cluster) ?? [cluster];
  for (const { left, right } of links) {
    const a = clusterOf[left] ?? left;
    const b = clusterOf[right] ?? right;
    if (a === b) {
      continue;
    }
    const membersA = membersOf(a);
    const membersB = membersOf(b);
    const crossLinks = countsOf(a).get(b) ?? 0;
    if (crossLinks * 2 < membersA.length * membersB.length) {
      continue;
    }
    // Merge the smaller cluster into the larger one, moving its link counts along.
    const [keep, drop] = membersA.length >= membersB.length ? [a, b] : [b, a];
    const merged = [...membersOf(keep), ...membersOf(drop)];
    for (const record of membersOf(drop)) {
      clusterOf[record] = keep;
    }
    members.set(keep, merged);
    members.delete(drop);
    const keepCounts = countsOf(keep);
    for (const [other, count] of countsOf(drop)) {
      if (other === keep) {
        continue;
      }
      keepCounts.set(other, (keepCounts.get(other) ?? 0) + count);
      const otherCounts = countsOf(other);
      otherCounts.set(keep, (otherCounts.get(keep) ?? 0) + count);
      otherCounts.delete(drop);
    }
    keepCounts.delete(drop);
    linkCounts.delete(drop);
  }
  return clusterOf;
}
