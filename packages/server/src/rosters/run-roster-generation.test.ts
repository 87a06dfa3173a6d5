import { describe, expect, it } from 'vitest';
import { buildSyntheticProvinceRoster, checkRoster } from '@tansiq/domain';
import { runRosterGeneration } from './run-roster-generation';

describe('runRosterGeneration', () => {
  it('rosters the synthetic province in a worker thread without breaking a rule', async () => {
    const problem = buildSyntheticProvinceRoster();
    const result = await runRosterGeneration(problem, { seed: 3 });
    expect(result.report.shiftCount).toBe(problem.shifts.length);
    expect(checkRoster(problem, result.assignments).violations).toEqual([]);
  }, 60_000);

  it('passes the optimiser’s validation errors back', async () => {
    const problem = buildSyntheticProvinceRoster();
    await expect(runRosterGeneration(problem, { maxRounds: -1 })).rejects.toMatchObject({
      code: 'validation_failed',
    });
  }, 60_000);
});
