import {
  checkRoster,
  rosterFairness,
  type RosterDetail,
  type RosterGenerationReport,
  type RosterSummary,
} from '@tansiq/domain';
import type { RosterRecord } from '@tansiq/db';
import { assignmentsOf, type LoadedRoster } from './load-roster';

/** A roster in a list. */
export const presentRosterSummary = (roster: RosterRecord): RosterSummary => ({
  id: roster.id,
  gstId: roster.gstId,
  month: roster.month,
  lineIds: roster.lineIds,
  status: roster.status,
  version: roster.version,
  shiftCount: roster.shiftCount,
  gapCount: roster.gapCount,
  publishedAt: roster.publishedAt,
  updatedAt: roster.updatedAt,
});

const isReport = (value: unknown): value is RosterGenerationReport =>
  typeof value === 'object' && value !== null && 'bound' in value && 'elapsedMs' in value;

/**
 * A roster as the roster screen shows it: shifts and holders, the staff who may be put on each line (names only),
 * the gaps with who could fill them now, the rules broken today (e.g. leave recorded after publication), the fairness
 * of the current roster and the optimiser's bound at generation.
 */
export function presentRosterDetail(loaded: LoadedRoster): RosterDetail {
  const { roster, lines, shifts, problem } = loaded;
  const assignments = assignmentsOf(shifts);
  const check = checkRoster(problem, assignments);
  const fairness = rosterFairness(problem, assignments);
  const report = isReport(roster.report) ? roster.report : null;
  return {
    ...presentRosterSummary(roster),
    gapCount: check.gaps.length,
    lines: lines.map((line) => ({ id: line.id, name: line.name, kind: line.kind })),
    shifts,
    staff: problem.candidates.map((candidate) => ({
      staffId: candidate.staffId,
      name: candidate.name,
      lineIds: candidate.lineIds,
    })),
    gaps: check.gaps.map((gap) => ({ shiftId: gap.shiftId, reason: gap.reason, fillableBy: gap.fillableBy })),
    violations: check.violations.map(({ rule, shiftId, staffId, message }) => ({ rule, shiftId, staffId, message })),
    fairness: {
      staff: fairness.staff,
      countSpread: fairness.countSpread,
      loadSpread: fairness.loadSpread,
      normalizedLoadSpread: fairness.normalizedLoadSpread,
    },
    bound: report?.bound ?? null,
    generation: report ? { elapsedMs: report.elapsedMs, stoppedBy: report.stoppedBy, seed: report.seed } : null,
  };
}
