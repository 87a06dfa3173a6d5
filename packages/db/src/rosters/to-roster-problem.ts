import {
  addDays,
  cadreSchema,
  generateRosterShifts,
  isQualifiedForLine,
  moroccoInstant,
  rosterProblemSchema,
  type RosterCandidateInput,
  type RosterLineInput,
  type RosterLineRecord,
  type RosterProblem,
  type RosterRules,
  type RosterShift,
  type Unavailability,
} from '@tansiq/domain';
import type { RosterBusyRow, RosterProblemRows, RosterStaffRow } from './roster-problem-queries';

/** The domain line of a stored line. */
export const toRosterLine = (line: RosterLineRecord): RosterLineInput => ({
  id: line.id,
  name: line.name,
  kind: line.kind,
  establishmentIds: line.establishmentIds,
  requiredQualification: { cadres: line.requiredCadres, specialtyCodes: line.requiredSpecialtyCodes },
  shiftPattern: line.shiftPattern,
});

/** The GST's rules tightened by the lines' overrides: the longest rest and the lowest maxima win. */
export function mergeRosterRules(gstRules: RosterRules, lines: readonly RosterLineRecord[]): RosterRules {
  const pick = (key: keyof RosterRules, combine: (a: number, b: number) => number) =>
    lines.reduce((value, line) => {
      const override = line.rulesOverrides[key];
      return override === undefined ? value : combine(value, override);
    }, gstRules[key]);
  return {
    minRestAfterGardeHours: pick('minRestAfterGardeHours', Math.max),
    minRestAfterAstreinteHours: pick('minRestAfterAstreinteHours', Math.max),
    maxGardesPerMonth: pick('maxGardesPerMonth', Math.min),
    maxAstreintesPerMonth: pick('maxAstreintesPerMonth', Math.min),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) {
      group.push(item);
    } else {
      groups.set(key(item), [item]);
    }
  }
  return groups;
}

function busyInterval(row: RosterBusyRow, rules: RosterRules): Unavailability {
  if (row.reason !== 'other_assignment') {
    return { startsAt: row.startsAt, endsAt: row.endsAt, reason: row.reason };
  }
  const restHours = row.lineKind === 'garde' ? rules.minRestAfterGardeHours : rules.minRestAfterAstreinteHours;
  const endsAt = new Date(Date.parse(row.endsAt) + restHours * 3_600_000).toISOString();
  return { startsAt: row.startsAt, endsAt, reason: 'other_assignment' };
}

function employmentGaps(row: RosterStaffRow, month: string): Unavailability[] {
  const gaps: Unavailability[] = [];
  const monthStart = `${month}-01`;
  if (row.employedFrom > monthStart) {
    const startsAt = moroccoInstant(addDays(monthStart, -3), '00:00').toISOString();
    gaps.push({ startsAt, endsAt: moroccoInstant(row.employedFrom, '00:00').toISOString(), reason: 'absence' });
  }
  if (row.employedTo !== null) {
    const startsAt = moroccoInstant(addDays(row.employedTo, 1), '00:00').toISOString();
    const endsAt = moroccoInstant(addDays(monthStart, 40), '00:00').toISOString();
    gaps.push({ startsAt, endsAt, reason: 'absence' });
  }
  return gaps;
}

function toCandidate(
  rows: readonly RosterStaffRow[],
  lines: readonly RosterLineRecord[],
  busy: readonly Unavailability[],
  month: string,
): RosterCandidateInput | undefined {
  const [first] = rows;
  if (!first) {
    return undefined;
  }
  const specialtyCodes = [
    ...new Set(rows.flatMap((row) => [row.specialtyCode, row.assignmentSpecialtyCode]).filter((code) => code !== null)),
  ];
  const cadre = cadreSchema.parse(first.cadre);
  const servable = lines.filter((line) => {
    const assigned = rows.some((row) => line.establishmentIds.includes(row.establishmentId));
    const listed = line.eligibleStaffIds.length === 0 || line.eligibleStaffIds.includes(first.staffId);
    const requiredQualification = { cadres: line.requiredCadres, specialtyCodes: line.requiredSpecialtyCodes };
    return assigned && listed && isQualifiedForLine({ cadre, specialtyCodes }, { requiredQualification });
  });
  const share = Math.min(1, rows.reduce((sum, row) => sum + row.timeShare, 0) / 100);
  return {
    staffId: first.staffId,
    name: first.name,
    cadre,
    specialtyCodes,
    lineIds: servable.map((line) => line.id),
    unavailability: [...busy, ...employmentGaps(first, month)],
    targetShare: share,
  };
}

/**
 * Composes the roster problem of a month: the lines, their shifts (laid out from their patterns unless given, e.g. a
 * stored roster's), the candidates with the lines they may serve and when they cannot, and the merged rules.
 * @throws AppError validation_failed when the composed problem is not valid (a bug or inconsistent data).
 */
export function toRosterProblem(
  month: string,
  lines: readonly RosterLineRecord[],
  rows: RosterProblemRows,
  shifts?: readonly RosterShift[],
): RosterProblem {
  const rules = mergeRosterRules(rows.gstRules, lines);
  const byStaff = groupBy(rows.staff, (row) => row.staffId);
  const busyByStaff = groupBy(rows.busy, (row) => row.staffId);
  const candidates = [...byStaff.values()].flatMap((staffRows) => {
    const busy = (busyByStaff.get(staffRows[0]?.staffId ?? '') ?? []).map((row) => busyInterval(row, rules));
    const candidate = toCandidate(staffRows, lines, busy, month);
    return candidate ? [candidate] : [];
  });
  const domainLines = lines.map(toRosterLine);
  return rosterProblemSchema.parse({
    month,
    lines: domainLines,
    shifts:
      shifts ??
      generateRosterShifts(
        lines.map((line) => ({ id: line.id, shiftPattern: line.shiftPattern })),
        { month, holidays: rows.holidays },
      ),
    candidates,
    rules,
  });
}
