import type { EstablishmentType } from '../establishments/establishment-types';
import type { Cadre } from '../staff/cadres';
import type { IncentiveActivity, IncentiveRule, IncentiveRuleSet } from './incentive-rules';

/** Where a paid activity comes from: a published roster shift, a care act or an encounter. */
export const incentiveSourceTypes = ['roster_shift', 'care_act', 'encounter'] as const;
export type IncentiveSourceType = (typeof incentiveSourceTypes)[number];

/** One activity recorded for a person in the month, as the statement reads it (never any patient data). */
export interface RecordedActivity {
  sourceType: IncentiveSourceType;
  /** The act id, the encounter id, or `rosterId/shiftId` for a shift. */
  sourceId: string;
  activity: IncentiveActivity;
  /** ISO instant: start of the shift, time of the act, start of the encounter. */
  occurredAt: string;
  establishmentId: string | null;
  establishmentType: EstablishmentType | null;
  /** Encounters only: consultation, emergency or hospital stay. */
  encounterKind: string | null;
  /** Shifts only: weekday, weekend or holiday (the roster's day type). */
  dayType: 'weekday' | 'weekend' | 'holiday' | null;
}

/** An activity a line pays, with what it earned before caps. */
export interface PaidActivity {
  sourceType: IncentiveSourceType;
  sourceId: string;
  activity: IncentiveActivity;
  occurredAt: string;
  establishmentId: string | null;
  amountCentimes: number;
  /** Whether the weekend / holiday multiplier applied. */
  multiplied: boolean;
}

/** One line of a statement: one rule, the activities it pays, and how the caps cut its subtotal. */
export interface IncentiveStatementLine {
  ruleCode: string;
  label: string;
  activity: IncentiveActivity;
  unitAmountCentimes: number;
  items: PaidActivity[];
  subtotalCentimes: number;
  ruleCapCutCentimes: number;
  monthlyCapCutCentimes: number;
  totalCentimes: number;
}

/** A computed statement: the sum of the line totals is the total; every paid activity appears in exactly one line. */
export interface IncentiveStatementComputation {
  lines: IncentiveStatementLine[];
  grossCentimes: number;
  ruleCapCutCentimes: number;
  monthlyCapCutCentimes: number;
  totalCentimes: number;
  /** Activities no rule pays (e.g. a cadre no rule covers): counted, not paid. */
  unmatchedCount: number;
}

/** Whether a rule pays this activity of a person of this cadre. */
export function ruleMatches(rule: IncentiveRule, cadre: Cadre, activity: RecordedActivity): boolean {
  return (
    rule.activity === activity.activity &&
    (rule.cadres.length === 0 || rule.cadres.includes(cadre)) &&
    (rule.establishmentTypes.length === 0 ||
      (activity.establishmentType !== null && rule.establishmentTypes.includes(activity.establishmentType))) &&
    (rule.encounterKinds.length === 0 ||
      (activity.encounterKind !== null && (rule.encounterKinds as readonly string[]).includes(activity.encounterKind)))
  );
}

function paidBy(rule: IncentiveRule, activity: RecordedActivity): PaidActivity {
  const multiplied =
    rule.weekendHolidayMultiplier !== null && (activity.dayType === 'weekend' || activity.dayType === 'holiday');
  const multiplier = multiplied && rule.weekendHolidayMultiplier !== null ? rule.weekendHolidayMultiplier : 1;
  return {
    sourceType: activity.sourceType,
    sourceId: activity.sourceId,
    activity: activity.activity,
    occurredAt: activity.occurredAt,
    establishmentId: activity.establishmentId,
    amountCentimes: Math.round(rule.amountCentimes * multiplier),
    multiplied,
  };
}

const byTimeThenId = (a: PaidActivity, b: PaidActivity): number =>
  a.occurredAt === b.occurredAt ? a.sourceId.localeCompare(b.sourceId) : a.occurredAt.localeCompare(b.occurredAt);

/**
 * A person's statement for a month (issue #5 §7): each activity is paid by the first rule of the set that matches it
 * (rule order is priority), each rule's cap cuts its own subtotal, then the monthly cap cuts the lines in rule order
 * (the first lines are paid in full, the later ones cut). Lines that pay nothing because no activity matched are left
 * out. Pure: the same rules and activities always give the same statement.
 */
export function computeIncentiveStatement(
  ruleSet: Pick<IncentiveRuleSet, 'rules' | 'monthlyCapCentimes'>,
  cadre: Cadre,
  activities: readonly RecordedActivity[],
): IncentiveStatementComputation {
  const itemsByRule = ruleSet.rules.map((): PaidActivity[] => []);
  let unmatchedCount = 0;
  for (const activity of activities) {
    const index = ruleSet.rules.findIndex((rule) => ruleMatches(rule, cadre, activity));
    const rule = ruleSet.rules[index];
    if (rule === undefined) {
      unmatchedCount += 1;
      continue;
    }
    itemsByRule[index]?.push(paidBy(rule, activity));
  }
  let remaining = ruleSet.monthlyCapCentimes ?? Number.POSITIVE_INFINITY;
  const lines: IncentiveStatementLine[] = [];
  ruleSet.rules.forEach((rule, index) => {
    const items = (itemsByRule[index] ?? []).sort(byTimeThenId);
    if (items.length === 0) {
      return;
    }
    const subtotalCentimes = items.reduce((sum, item) => sum + item.amountCentimes, 0);
    const afterRuleCap = Math.min(subtotalCentimes, rule.monthlyCapCentimes ?? subtotalCentimes);
    const totalCentimes = Math.min(afterRuleCap, remaining);
    remaining -= totalCentimes;
    lines.push({
      ruleCode: rule.code,
      label: rule.label,
      activity: rule.activity,
      unitAmountCentimes: rule.amountCentimes,
      items,
      subtotalCentimes,
      ruleCapCutCentimes: subtotalCentimes - afterRuleCap,
      monthlyCapCutCentimes: afterRuleCap - totalCentimes,
      totalCentimes,
    });
  });
  const sum = (pick: (line: IncentiveStatementLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return {
    lines,
    grossCentimes: sum((line) => line.subtotalCentimes),
    ruleCapCutCentimes: sum((line) => line.ruleCapCutCentimes),
    monthlyCapCutCentimes: sum((line) => line.monthlyCapCutCentimes),
    totalCentimes: sum((line) => line.totalCentimes),
    unmatchedCount,
  };
}
