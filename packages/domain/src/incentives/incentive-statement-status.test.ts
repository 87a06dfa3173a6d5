import { describe, expect, it } from 'vitest';
import { canApplyStatementAction, statusAfter } from './incentive-statement-status';

describe('incentive statement status', () => {
  it.each([
    ['computed', 'recompute', 'computed'],
    ['computed', 'validate', 'validated'],
    ['computed', 'export', null],
    ['validated', 'recompute', null],
    ['validated', 'validate', null],
    ['validated', 'export', 'exported'],
    ['exported', 'recompute', null],
    ['exported', 'validate', null],
    ['exported', 'export', 'exported'],
  ] as const)('%s + %s → %s', (from, action, to) => {
    expect(canApplyStatementAction(from, action)).toBe(to !== null);
    if (to === null) {
      expect(() => statusAfter(from, action)).toThrow();
    } else {
      expect(statusAfter(from, action)).toBe(to);
    }
  });
});
