// Roster part of `npm run bench:hr` (issue #5 §6): "roster generation for a province — 200 staff, 12 lines, one month
// (target ≤ 30 s, 0 hard-rule violations, load spread reported)". Rosters the synthetic province
// (`buildSyntheticProvinceRoster`) through the real generation path — the worker thread the API uses — for several
// seeds (--quick: one), and reports the slowest wall time (worker start included), the violations found by
// `checkRoster`, the gaps, the spread of the normalized load and its gap to the lower bound.
// Run alone: `npx tsx bench/hr-rosters.ts [--quick]`.
import { pathToFileURL } from 'node:url';
import { buildSyntheticProvinceRoster, checkRoster } from '@tansiq/domain';
import { runRosterGeneration } from '../packages/server/src/rosters/run-roster-generation';

type Metrics = Record<string, { value: number; unit: string }>;

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Generates the synthetic province's roster and returns the benchmark's metrics. */
export async function benchRosters(quick: boolean): Promise<{ metrics: Metrics }> {
  const seeds = quick ? [1] : [1, 2, 3];
  let slowest = 0;
  let violations = 0;
  let gaps = 0;
  let stddev = 0;
  let range = 0;
  let relativeGap = 0;
  let staff = 0;
  let lines = 0;
  let shifts = 0;
  for (const seed of seeds) {
    const problem = buildSyntheticProvinceRoster({ seed });
    const startedAt = performance.now();
    const result = await runRosterGeneration(problem, { seed });
    slowest = Math.max(slowest, (performance.now() - startedAt) / 1000);
    violations += checkRoster(problem, result.assignments).violations.length;
    gaps = Math.max(gaps, result.report.gapCount);
    const spread = result.report.fairness.normalizedLoadSpread;
    stddev = Math.max(stddev, spread.stddev);
    range = Math.max(range, spread.max - spread.min);
    relativeGap = Math.max(relativeGap, result.report.bound.relativeGap);
    staff = problem.candidates.length;
    lines = problem.lines.length;
    shifts = problem.shifts.length;
  }
  return {
    metrics: {
      roster_generation_seconds: { value: round(slowest), unit: 's' },
      roster_hard_rule_violations: { value: violations, unit: 'count' },
      roster_gaps: { value: gaps, unit: 'count' },
      roster_normalized_load_stddev: { value: round(stddev), unit: 'load' },
      roster_normalized_load_range: { value: round(range), unit: 'load' },
      roster_relative_gap_to_bound: { value: round(relativeGap * 100, 1), unit: '%' },
      roster_staff: { value: staff, unit: 'count' },
      roster_lines: { value: lines, unit: 'count' },
      roster_shifts: { value: shifts, unit: 'count' },
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { metrics } = await benchRosters(process.argv.includes('--quick'));
  for (const [name, metric] of Object.entries(metrics)) {
    console.log(`${name}: ${metric.value} ${metric.unit}`);
  }
}
