import { describe, expect, it } from 'vitest';
import { parseCsv } from '../lib/csv';
import { toIncentivePayrollCsv } from './incentive-payroll-csv';

describe('toIncentivePayrollCsv', () => {
  it('writes one row per statement with an amount per activity and the total in MAD', () => {
    const csv = toIncentivePayrollCsv([
      {
        staffId: 'TTA-S-0000017',
        cin: 'K123456',
        familyName: 'El Amrani',
        givenName: 'Salma',
        cadre: 'specialist',
        establishmentCode: 'CHP-01',
        establishmentName: 'CHP Chefchaouen, "Mohammed V"',
        month: '2025-03',
        amountsByActivity: { garde: 135_000, teleexpertise_answer: 20_050 },
        totalCentimes: 155_050,
      },
    ]);
    const [header, row] = parseCsv(csv);
    expect(header).toEqual([
      'staff_id',
      'cin',
      'family_name',
      'given_name',
      'cadre',
      'establishment_code',
      'establishment',
      'month',
      'amount_garde',
      'amount_astreinte',
      'amount_teleexpertise_answer',
      'amount_teleconsultation',
      'amount_counter_referral',
      'amount_encounter',
      'total',
    ]);
    expect(row).toEqual([
      'TTA-S-0000017',
      'K123456',
      'El Amrani',
      'Salma',
      'specialist',
      'CHP-01',
      'CHP Chefchaouen, "Mohammed V"',
      '2025-03',
      '1350.00',
      '0.00',
      '200.50',
      '0.00',
      '0.00',
      '0.00',
      '1550.50',
    ]);
  });
});
