import { describe, expect, it } from 'vitest';
import { sampleIncentiveRuleSet } from './incentive-fixtures';
import {
  centimesToDirhams,
  checkIncentiveRuleSet,
  incentiveRuleSetInForce,
  incentiveRuleSetSchema,
  type IncentiveRuleInput,
} from './incentive-rules';

const rule = (overrides: Partial<IncentiveRuleInput>): IncentiveRuleInput => ({
  code: 'garde',
  label: 'Garde',
  activity: 'garde',
  amountCentimes: 45_000,
  ...overrides,
});

describe('incentiveRuleSetSchema', () => {
  it.each([
    ['an unknown field', { ...sampleIncentiveRuleSet(), extra: 1 }],
    ['a fractional amount', { ...sampleIncentiveRuleSet(), rules: [rule({ amountCentimes: 10.5 })] }],
    ['a negative amount', { ...sampleIncentiveRuleSet(), rules: [rule({ amountCentimes: -1 })] }],
    ['a bad month', { ...sampleIncentiveRuleSet(), effectiveMonth: '2025-13' }],
    ['no rules', { ...sampleIncentiveRuleSet(), rules: [] }],
    ['an unknown activity', { ...sampleIncentiveRuleSet(), rules: [rule({ activity: 'surgery' as 'garde' })] }],
    ['a bad code', { ...sampleIncentiveRuleSet(), rules: [rule({ code: 'Garde de nuit' })] }],
  ])('rejects %s', (_name, input) => {
    expect(incentiveRuleSetSchema.safeParse(input).success).toBe(false);
  });

  it('fills the optional filters and caps with their defaults', () => {
    const parsed = incentiveRuleSetSchema.parse({ version: 1, effectiveMonth: '2025-01', rules: [rule({})] });
    expect(parsed.monthlyCapCentimes).toBeNull();
    expect(parsed.rules[0]).toMatchObject({ cadres: [], establishmentTypes: [], weekendHolidayMultiplier: null });
  });
});

describe('checkIncentiveRuleSet', () => {
  const issuesOf = (rules: IncentiveRuleInput[], monthlyCapCentimes: number | null = 600_000) =>
    checkIncentiveRuleSet(sampleIncentiveRuleSet({ rules, monthlyCapCentimes })).map((issue) => issue.path.join('.'));

  it.each([
    ['the sample set', [rule({})], []],
    ['a duplicated code', [rule({ cadres: ['specialist'] }), rule({})], ['ruleSet.rules.1.code']],
    [
      'a multiplier on an act rule',
      [rule({ activity: 'teleconsultation', weekendHolidayMultiplier: 2 })],
      ['ruleSet.rules.0.weekendHolidayMultiplier'],
    ],
    ['encounter kinds on a garde', [rule({ encounterKinds: ['consultation'] })], ['ruleSet.rules.0.encounterKinds']],
    [
      'a rule cap above the monthly cap',
      [rule({ monthlyCapCentimes: 700_000 })],
      ['ruleSet.rules.0.monthlyCapCentimes'],
    ],
    [
      'a rule hidden behind a catch-all',
      [rule({}), rule({ code: 'garde_chr', establishmentTypes: ['CHR'] })],
      ['ruleSet.rules.1'],
    ],
  ])('%s', (_name, rules, expected) => {
    expect(issuesOf(rules)).toEqual(expected);
  });
});

describe('incentiveRuleSetInForce', () => {
  const versions = [
    { version: 1, effectiveMonth: '2025-01' },
    { version: 2, effectiveMonth: '2025-06' },
    { version: 3, effectiveMonth: '2025-06' },
    { version: 4, effectiveMonth: '2026-01' },
  ];
  it.each([
    ['2024-12', undefined],
    ['2025-01', 1],
    ['2025-05', 1],
    ['2025-06', 3],
    ['2025-12', 3],
    ['2026-03', 4],
  ])('for %s is version %s', (month, version) => {
    expect(incentiveRuleSetInForce(versions, month)?.version).toBe(version);
  });
});

describe('centimesToDirhams', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [45_000, '450.00'],
    [123_456, '1234.56'],
    [-250, '-2.50'],
  ])('%i centimes are %s MAD', (centimes, dirhams) => {
    expect(centimesToDirhams(centimes)).toBe(dirhams);
  });
});
