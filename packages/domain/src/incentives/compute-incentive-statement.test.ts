import { describe, expect, it } from 'vitest';
import { computeIncentiveStatement, type RecordedActivity } from './compute-incentive-statement';
import { recordedActivity, sampleIncentiveRuleSet } from './incentive-fixtures';

const rules = sampleIncentiveRuleSet();
const garde = (dayType: RecordedActivity['dayType'] = 'weekday') => recordedActivity({ dayType });
const tele = () => recordedActivity({ sourceType: 'care_act', activity: 'teleexpertise_answer', dayType: null });
const encounter = (kind: string, type: RecordedActivity['establishmentType'] = 'CHP') =>
  recordedActivity({ sourceType: 'encounter', activity: 'encounter', encounterKind: kind, establishmentType: type });

describe('computeIncentiveStatement', () => {
  it.each([
    { name: 'nothing to pay', cadre: 'specialist', activities: [], total: 0, lines: 0, unmatched: 0 },
    { name: 'one weekday garde', cadre: 'specialist', activities: [garde()], total: 45_000, lines: 1, unmatched: 0 },
    {
      name: 'weekend and holiday gardes at 1.5 ×',
      cadre: 'specialist',
      activities: [garde('weekend'), garde('holiday')],
      total: 135_000,
      lines: 1,
      unmatched: 0,
    },
    {
      name: 'astreintes have no multiplier',
      cadre: 'polyvalent_nurse',
      activities: [recordedActivity({ activity: 'astreinte', dayType: 'weekend' })],
      total: 25_000,
      lines: 1,
      unmatched: 0,
    },
    {
      name: 'tele-expertise of a nurse: no rule for the cadre',
      cadre: 'polyvalent_nurse',
      activities: [tele()],
      total: 0,
      lines: 0,
      unmatched: 1,
    },
    {
      name: 'tele-expertise capped at 500 MAD',
      cadre: 'specialist',
      activities: Array.from({ length: 7 }, tele),
      total: 50_000,
      lines: 1,
      unmatched: 0,
    },
    {
      name: 'encounters filtered by kind and establishment type',
      cadre: 'general_practitioner',
      activities: [encounter('consultation'), encounter('emergency'), encounter('consultation', 'CSR-1')],
      total: 2_000,
      lines: 1,
      unmatched: 2,
    },
    {
      name: 'monthly cap of 6,000 MAD',
      cadre: 'specialist',
      activities: [...Array.from({ length: 14 }, () => garde()), ...Array.from({ length: 3 }, tele)],
      total: 600_000,
      lines: 2,
      unmatched: 0,
    },
  ] as const)('$name', ({ cadre, activities, total, lines, unmatched }) => {
    const statement = computeIncentiveStatement(rules, cadre, activities);
    expect(statement.totalCentimes).toBe(total);
    expect(statement.lines).toHaveLength(lines);
    expect(statement.unmatchedCount).toBe(unmatched);
  });

  it('cuts the monthly cap from the last lines in rule order, and says how much each cap cut', () => {
    const activities = [...Array.from({ length: 14 }, () => garde()), ...Array.from({ length: 7 }, tele)];
    const statement = computeIncentiveStatement(rules, 'specialist', activities);
    const [gardes, teleexpertise] = statement.lines;
    expect(gardes).toMatchObject({ subtotalCentimes: 630_000, monthlyCapCutCentimes: 30_000, totalCentimes: 600_000 });
    expect(teleexpertise).toMatchObject({
      subtotalCentimes: 70_000,
      ruleCapCutCentimes: 20_000,
      monthlyCapCutCentimes: 50_000,
      totalCentimes: 0,
    });
    expect(statement).toMatchObject({
      grossCentimes: 700_000,
      ruleCapCutCentimes: 20_000,
      monthlyCapCutCentimes: 80_000,
      totalCentimes: 600_000,
    });
  });

  it('pays an act by the first matching rule only', () => {
    const set = sampleIncentiveRuleSet({
      rules: [
        {
          code: 'garde_chr',
          label: 'Garde CHR',
          activity: 'garde',
          establishmentTypes: ['CHR'],
          amountCentimes: 60_000,
        },
        { code: 'garde', label: 'Garde', activity: 'garde', amountCentimes: 45_000 },
      ],
    });
    const statement = computeIncentiveStatement(set, 'specialist', [
      recordedActivity({ establishmentType: 'CHR' }),
      recordedActivity({ establishmentType: 'CHP' }),
    ]);
    expect(statement.lines.map((line) => [line.ruleCode, line.items.length, line.totalCentimes])).toEqual([
      ['garde_chr', 1, 60_000],
      ['garde', 1, 45_000],
    ]);
  });

  it('is traceable: line totals sum to the total and every paid act appears in exactly one line', () => {
    const activities = [
      ...Array.from({ length: 9 }, (_, index) => garde(index % 3 === 0 ? 'weekend' : 'weekday')),
      ...Array.from({ length: 4 }, () => recordedActivity({ activity: 'astreinte' })),
      ...Array.from({ length: 6 }, tele),
      ...Array.from({ length: 20 }, () => encounter('consultation')),
      encounter('emergency'),
    ];
    const statement = computeIncentiveStatement(rules, 'specialist', activities);
    expect(statement.lines.reduce((sum, line) => sum + line.totalCentimes, 0)).toBe(statement.totalCentimes);
    const paid = statement.lines.flatMap((line) => line.items.map((item) => item.sourceId));
    expect(new Set(paid).size).toBe(paid.length);
    expect(paid.length + statement.unmatchedCount).toBe(activities.length);
    for (const line of statement.lines) {
      expect(line.items.reduce((sum, item) => sum + item.amountCentimes, 0)).toBe(line.subtotalCentimes);
      expect(line.subtotalCentimes - line.ruleCapCutCentimes - line.monthlyCapCutCentimes).toBe(line.totalCentimes);
    }
  });

  it('lists the items of a line by time, and is deterministic', () => {
    const activities = [garde(), garde('weekend'), garde()].reverse();
    const first = computeIncentiveStatement(rules, 'specialist', activities);
    const again = computeIncentiveStatement(rules, 'specialist', [...activities].reverse());
    expect(first).toEqual(again);
    const times = first.lines[0]?.items.map((item) => item.occurredAt) ?? [];
    expect(times).toEqual([...times].sort());
  });
});
