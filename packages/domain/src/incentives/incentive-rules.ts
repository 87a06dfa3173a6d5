import { z } from 'zod';
import { establishmentTypes } from '../establishments/establishment-types';
import { cadreSchema } from '../staff/cadres';
import type { FieldIssue } from '../lib/app-error';

/**
 * Pay-per-act incentive rules (issue #5 §7, loi 09-22 "motivating pay"). No national formula is published
 * (DOMAIN.md §8), so each GST enters its own rules as versioned data: the set in force for a month is the version with
 * the latest `effectiveMonth` not after it. Amounts are integer centimes of MAD (1 MAD = 100 centimes), so sums are
 * exact; the web app shows and edits dirhams.
 */
export const incentiveActivities = [
  'garde',
  'astreinte',
  'teleexpertise_answer',
  'teleconsultation',
  'counter_referral',
  'encounter',
] as const;
export type IncentiveActivity = (typeof incentiveActivities)[number];
export const incentiveActivitySchema = z.enum(incentiveActivities);

/** Activities taken from published roster shifts; only these may carry a weekend / holiday multiplier. */
export const shiftActivities: readonly IncentiveActivity[] = ['garde', 'astreinte'];

/** Kinds of encounters a rule of activity `encounter` may pay (teleconsultations are paid as care acts). */
export const payableEncounterKinds = ['consultation', 'emergency', 'hospital_stay'] as const;
export type PayableEncounterKind = (typeof payableEncounterKinds)[number];

export const incentiveMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month YYYY-MM');

/** Ceiling of any amount or cap: 1,000,000 MAD, far above any plausible monthly incentive. */
export const MAX_INCENTIVE_CENTIMES = 100_000_000;
const centimesSchema = z.number().int().min(0).max(MAX_INCENTIVE_CENTIMES);

/**
 * One rule: what an activity pays per act, for which cadres and establishment types (empty: all), with an optional
 * multiplier for shifts on weekends and holidays and an optional cap on what the rule pays one person in a month.
 */
export const incentiveRuleSchema = z.strictObject({
  /** Stable code of the rule within the set, shown on statements (e.g. `garde_doctors`). */
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,63}$/, 'Use 2 to 64 lowercase letters, digits or underscores, starting with a letter'),
  label: z.string().trim().min(2).max(160),
  activity: incentiveActivitySchema,
  cadres: z.array(cadreSchema).max(10).default([]),
  establishmentTypes: z.array(z.enum(establishmentTypes)).max(20).default([]),
  /** For `encounter` rules only: which encounter kinds it pays (empty: all payable kinds). */
  encounterKinds: z.array(z.enum(payableEncounterKinds)).max(3).default([]),
  amountCentimes: centimesSchema,
  /** Garde and astreinte only: the amount is multiplied on weekend and public-holiday shifts (e.g. 1.5). */
  weekendHolidayMultiplier: z.number().min(1).max(5).nullable().default(null),
  /** What this rule may pay one person in a month; null: no cap. */
  monthlyCapCentimes: centimesSchema.nullable().default(null),
});
export type IncentiveRule = z.output<typeof incentiveRuleSchema>;
export type IncentiveRuleInput = z.input<typeof incentiveRuleSchema>;

/** One version of a GST's rules. Rules are tried in order: an act is paid by the first rule that matches it. */
export const incentiveRuleSetSchema = z.strictObject({
  version: z.number().int().positive(),
  effectiveMonth: incentiveMonthSchema,
  /** What one person may receive in a month, all rules together; null: no cap. */
  monthlyCapCentimes: centimesSchema.nullable().default(null),
  rules: z.array(incentiveRuleSchema).min(1).max(100),
});
export type IncentiveRuleSet = z.output<typeof incentiveRuleSetSchema>;
export type IncentiveRuleSetInput = z.input<typeof incentiveRuleSetSchema>;

/**
 * Business rules across fields, checked after the shape (a failure is 422, not 400): unique codes, multipliers only on
 * shift rules, encounter kinds only on encounter rules, a rule cap not above the monthly cap, and no rule hidden
 * entirely behind an earlier one with the same activity and no filter.
 */
export function checkIncentiveRuleSet(ruleSet: IncentiveRuleSet): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const catchAll = new Set<IncentiveActivity>();
  ruleSet.rules.forEach((rule, index) => {
    const path = ['ruleSet', 'rules', index];
    if (seen.has(rule.code)) {
      issues.push({ path: [...path, 'code'], message: `Code ${rule.code} appears twice` });
    }
    seen.add(rule.code);
    if (rule.weekendHolidayMultiplier !== null && !shiftActivities.includes(rule.activity)) {
      issues.push({
        path: [...path, 'weekendHolidayMultiplier'],
        message: 'Only garde and astreinte rules may have a weekend / holiday multiplier',
      });
    }
    if (rule.encounterKinds.length > 0 && rule.activity !== 'encounter') {
      issues.push({ path: [...path, 'encounterKinds'], message: 'Encounter kinds apply to encounter rules only' });
    }
    const cap = ruleSet.monthlyCapCentimes;
    if (cap !== null && rule.monthlyCapCentimes !== null && rule.monthlyCapCentimes > cap) {
      issues.push({ path: [...path, 'monthlyCapCentimes'], message: 'A rule cap cannot exceed the monthly cap' });
    }
    if (catchAll.has(rule.activity)) {
      issues.push({
        path,
        message: `An earlier ${rule.activity} rule without filters already pays every such act: this rule never applies`,
      });
    }
    const unfiltered =
      rule.cadres.length === 0 && rule.establishmentTypes.length === 0 && rule.encounterKinds.length === 0;
    if (unfiltered) {
      catchAll.add(rule.activity);
    }
  });
  return issues;
}

/** The version of a GST's rules in force for a month: the latest effective month not after it, then the latest version. */
export function incentiveRuleSetInForce<Set extends Pick<IncentiveRuleSet, 'version' | 'effectiveMonth'>>(
  versions: readonly Set[],
  month: string,
): Set | undefined {
  return versions
    .filter((version) => version.effectiveMonth <= month)
    .reduce<Set | undefined>((best, version) => {
      if (best === undefined || version.effectiveMonth > best.effectiveMonth) {
        return version;
      }
      return version.effectiveMonth === best.effectiveMonth && version.version > best.version ? version : best;
    }, undefined);
}

/** Dirhams as shown to people (`1234.5` → "1 234,50" is the UI's job): centimes to a decimal string "1234.50". */
export const centimesToDirhams = (centimes: number): string => {
  const sign = centimes < 0 ? '-' : '';
  const absolute = Math.abs(centimes);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
};
