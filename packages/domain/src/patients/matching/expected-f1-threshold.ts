/**
 * The link threshold chosen without labels: each candidate pair's probability is taken as its chance of being a
 * match, and the threshold maximises the expected F1 = 2·TP / (2·TP + FP + FN), where above a threshold t
 * TP = Σp and FP = Σ(1 − p), and below it FN = Σp. Falls back to 0.5 when the model expects no match at all.
 */
export function chooseExpectedF1Threshold(probabilities: ArrayLike<number>): { threshold: number; expectedF1: number } {
  const sorted = Float64Array.from(probabilities).sort().reverse();
  const expectedMatches = sorted.reduce((sum, probability) => sum + probability, 0);
  if (expectedMatches <= 0) {
    return { threshold: 0.5, expectedF1: 0 };
  }
  let truePositives = 0;
  let best = { threshold: 0.5, expectedF1: 0 };
  for (let index = 0; index < sorted.length; index += 1) {
    const probability = sorted[index] ?? 0;
    truePositives += probability;
    // 2TP + FP + FN = 2TP + (k − TP) + (S − TP) = k + S, with k pairs kept and S the expected matches.
    const expectedF1 = (2 * truePositives) / (index + 1 + expectedMatches);
    const next = sorted[index + 1];
    // Ties: a threshold keeps all pairs of equal probability, so only score at the end of a run of equals.
    if (next !== probability && expectedF1 > best.expectedF1) {
      best = { threshold: probability, expectedF1 };
    }
  }
  return best;
}
