import { addDays } from '../referrals/working-calendar';

/** A dated period with a share of time in percent; `validTo` is the last day (inclusive), null when open-ended. */
export interface TimeSharePeriod {
  timeShare: number;
  validFrom: string;
  validTo: string | null;
}

/** A run of days over which the same periods are in force; `to` is null when it never ends. */
export interface PeriodSegment<T> {
  from: string;
  to: string | null;
  active: T[];
}

/**
 * Cuts the timeline at every start and every day after an end, and lists the periods in force on each piece that has
 * at least one. Periods with an end before their start are ignored (their own rule reports them).
 */
export function periodSegments<T extends { validFrom: string; validTo: string | null }>(
  periods: readonly T[],
): PeriodSegment<T>[] {
  const valid = periods.filter((period) => period.validTo === null || period.validTo >= period.validFrom);
  const cuts = [
    ...new Set(
      valid.flatMap((period) =>
        period.validTo === null ? [period.validFrom] : [period.validFrom, addDays(period.validTo, 1)],
      ),
    ),
  ].sort();
  return cuts.flatMap((from, index): PeriodSegment<T>[] => {
    const next = cuts[index + 1];
    const active = valid.filter(
      (period) => period.validFrom <= from && (period.validTo === null || period.validTo >= from),
    );
    return active.length > 0 ? [{ from, to: next === undefined ? null : addDays(next, -1), active }] : [];
  });
}

/** The highest total time share on any day, the first run of days it is reached on, and the periods in force then. */
export interface TimeSharePeakResult<T> {
  peak: number;
  from: string | null;
  to: string | null;
  periods: T[];
}

/** The peak of the summed time shares over the overlaps of the periods (0 with no period). */
export function timeSharePeak<T extends TimeSharePeriod>(periods: readonly T[]): TimeSharePeakResult<T> {
  let best: TimeSharePeakResult<T> = { peak: 0, from: null, to: null, periods: [] };
  for (const segment of periodSegments(periods)) {
    const total = segment.active.reduce((sum, period) => sum + period.timeShare, 0);
    if (total > best.peak) {
      best = { peak: total, from: segment.from, to: segment.to, periods: segment.active };
    }
  }
  return best;
}
