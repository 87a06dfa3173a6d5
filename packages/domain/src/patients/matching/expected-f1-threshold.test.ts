import { describe, expect, it } from 'vitest';
import { chooseExpectedF1Threshold } from './expected-f1-threshold';

describe('chooseExpectedF1Threshold', () => {
  it('keeps the confident pairs and drops the unlikely ones', () => {
    const probabilities = [0.99, 0.98, 0.97, 0.95, 0.6, 0.1, 0.05, 0.01, 0.01];
    const { threshold, expectedF1 } = chooseExpectedF1Threshold(probabilities);
    expect(threshold).toBe(0.6);
    expect(expectedF1).toBeGreaterThan(0.9);
  });

  it('computes the expected F1 from the probabilities alone', () => {
    // Keeping both: TP = 1.8, FP = 0.2, FN = 0 → F1 = 3.6 / 3.8; keeping one: TP = 0.9, FP = 0.1, FN = 0.9 → 1.8 / 2.8.
    const { threshold, expectedF1 } = chooseExpectedF1Threshold([0.9, 0.9, 0]);
    expect(threshold).toBe(0.9);
    expect(expectedF1).toBeCloseTo(3.6 / 3.8, 10);
  });

  it('falls back to 0.5 when no pair is expected to match', () => {
    expect(chooseExpectedF1Threshold([0, 0]).threshold).toBe(0.5);
    expect(chooseExpectedF1Threshold([]).threshold).toBe(0.5);
  });
});
