import { incentiveRuleSetSchema, type IncentiveRuleSet } from '@tansiq/domain';

/**
 * The demonstration's pay-per-act rules for the TTA GST (fictitious: loi 09-22 publishes no formula, DOMAIN.md §8).
 * Plausible MAD amounts, to be replaced by the GST's own: garde 450 (×1.5 on weekends and holidays), astreinte 250,
 * tele-expertise answer 100 and teleconsultation 150 for doctors, counter-referral 50, a consultation recorded by a
 * doctor 10; tele-expertise capped at 1,500 a month, everything at 6,000 a month.
 */
export function demoIncentiveRuleSet(): IncentiveRuleSet {
  const doctors = ['general_practitioner', 'specialist'] as const;
  return incentiveRuleSetSchema.parse({
    version: 1,
    effectiveMonth: '2026-01',
    monthlyCapCentimes: 600_000,
    rules: [
      {
        code: 'garde',
        label: 'Garde (démonstration, à confirmer)',
        activity: 'garde',
        amountCentimes: 45_000,
        weekendHolidayMultiplier: 1.5,
      },
      {
        code: 'astreinte',
        label: 'Astreinte (démonstration, à confirmer)',
        activity: 'astreinte',
        amountCentimes: 25_000,
      },
      {
        code: 'teleexpertise_answer',
        label: 'Réponse de télé-expertise (démonstration, à confirmer)',
        activity: 'teleexpertise_answer',
        cadres: doctors,
        amountCentimes: 10_000,
        monthlyCapCentimes: 150_000,
      },
      {
        code: 'teleconsultation',
        label: 'Téléconsultation (démonstration, à confirmer)',
        activity: 'teleconsultation',
        cadres: doctors,
        amountCentimes: 15_000,
      },
      {
        code: 'counter_referral',
        label: 'Contre-référence (démonstration, à confirmer)',
        activity: 'counter_referral',
        amountCentimes: 5_000,
      },
      {
        code: 'consultation',
        label: 'Consultation enregistrée par un médecin (démonstration, à confirmer)',
        activity: 'encounter',
        cadres: doctors,
        encounterKinds: ['consultation'],
        amountCentimes: 1_000,
      },
    ],
  });
}
