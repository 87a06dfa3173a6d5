import type { RecordedActivity } from './compute-incentive-statement';
import { incentiveRuleSetSchema, type IncentiveRuleSet, type IncentiveRuleSetInput } from './incentive-rules';

/** A rule set for tests: garde 450 MAD (×1.5 weekends), astreinte 250, tele-expertise 100, cap 6,000 MAD. */
export function sampleIncentiveRuleSet(overrides: Partial<IncentiveRuleSetInput> = {}): IncentiveRuleSet {
  return incentiveRuleSetSchema.parse({
    version: 1,
    effectiveMonth: '2025-01',
    monthlyCapCentimes: 600_000,
    rules: [
      {
        code: 'garde',
        label: 'Garde',
        activity: 'garde',
        amountCentimes: 45_000,
        weekendHolidayMultiplier: 1.5,
      },
      { code: 'astreinte', label: 'Astreinte', activity: 'astreinte', amountCentimes: 25_000 },
      {
        code: 'teleexpertise_doctors',
        label: 'Télé-expertise (médecins)',
        activity: 'teleexpertise_answer',
        cadres: ['general_practitioner', 'specialist'],
        amountCentimes: 10_000,
        monthlyCapCentimes: 50_000,
      },
      {
        code: 'consultation_hospital',
        label: 'Consultation hospitalière',
        activity: 'encounter',
        establishmentTypes: ['CHP', 'CHR'],
        encounterKinds: ['consultation'],
        amountCentimes: 2_000,
      },
    ],
    ...overrides,
  });
}

let counter = 0;

/** A recorded activity with defaults (a weekday garde at a CHP); ids are unique. */
export function recordedActivity(overrides: Partial<RecordedActivity> = {}): RecordedActivity {
  counter += 1;
  return {
    sourceType: 'roster_shift',
    sourceId: `source-${String(counter).padStart(4, '0')}`,
    activity: 'garde',
    occurredAt: `2025-03-${String((counter % 28) + 1).padStart(2, '0')}T08:00:00.000Z`,
    establishmentId: 'e1',
    establishmentType: 'CHP',
    encounterKind: null,
    dayType: 'weekday',
    ...overrides,
  };
}
