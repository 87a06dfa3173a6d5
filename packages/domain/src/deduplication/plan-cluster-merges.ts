import { clusterRecords } from '../patients/matching/clustering';

/** A scored pair of patients, by id. */
export interface ScoredPatientPair {
  patientAId: string;
  patientBId: string;
  probability: number;
}

/** One person found several times: every other record merges into the survivor, the oldest record. */
export interface ClusterMerge {
  survivorId: string;
  /** `probability`: the pair's with the survivor when it was scored, else the member's best link in the cluster. */
  merges: { mergedId: string; probability: number }[];
}

/**
 * Groups linked pairs into clusters with the engine's guard against long chains (`clusterRecords`: A~B~C~D does not
 * become one person), then plans each cluster's merges into its oldest record, so the golden record keeps the
 * longest history. Pairs the guard left out of a cluster are not planned: they stay in the review queue, and so does a
 * whole cluster holding two records a reviewer said are two people (`separated`): a machine never overrules them.
 * The plan does not depend on the order of `pairs` (so a resumed run plans what an uninterrupted one would).
 * `createdAt` gives each patient's creation time (sortable text); ties fall back to the id.
 */
export function planClusterMerges(
  pairs: readonly ScoredPatientPair[],
  createdAt: ReadonlyMap<string, string>,
  threshold: number,
  separated: readonly { patientAId: string; patientBId: string }[] = [],
): ClusterMerge[] {
  const sorted = [...pairs].sort(
    (a, b) => compareText(a.patientAId, b.patientAId) || compareText(a.patientBId, b.patientBId),
  );
  const ids = [...new Set(sorted.flatMap((pair) => [pair.patientAId, pair.patientBId]))].sort(compareText);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const left = Int32Array.from(sorted, (pair) => indexOf.get(pair.patientAId) ?? 0);
  const right = Int32Array.from(sorted, (pair) => indexOf.get(pair.patientBId) ?? 0);
  const probability = Float64Array.from(sorted, (pair) => pair.probability);
  const clusterOf = clusterRecords(ids.length, { left, right, probability }, threshold);
  const members = new Map<number, string[]>();
  ids.forEach((id, index) => {
    const cluster = clusterOf[index] ?? index;
    members.set(cluster, [...(members.get(cluster) ?? []), id]);
  });
  const best = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const pair of sorted) {
    if (pair.probability >= threshold) {
      best.set(pairKey(pair.patientAId, pair.patientBId), pair.probability);
    }
  }
  const isOlder = (a: string, b: string) => {
    const order = compareText(createdAt.get(a) ?? '', createdAt.get(b) ?? '');
    return order < 0 || (order === 0 && a < b);
  };
  const apart = new Set(separated.map((pair) => pairKey(pair.patientAId, pair.patientBId)));
  const plans: ClusterMerge[] = [];
  for (const cluster of members.values()) {
    if (
      cluster.length < 2 ||
      cluster.some((id, index) => cluster.slice(index + 1).some((other) => apart.has(pairKey(id, other))))
    ) {
      continue;
    }
    const survivorId = cluster.reduce((oldest, id) => (isOlder(id, oldest) ? id : oldest));
    const merges = cluster
      .filter((id) => id !== survivorId)
      .map((mergedId) => {
        const direct = best.get(pairKey(survivorId, mergedId));
        const links = cluster.flatMap((other) => best.get(pairKey(other, mergedId)) ?? []);
        return { mergedId, probability: direct ?? Math.max(...links) };
      });
    plans.push({ survivorId, merges });
  }
  return plans.sort((a, b) => compareText(a.survivorId, b.survivorId));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
