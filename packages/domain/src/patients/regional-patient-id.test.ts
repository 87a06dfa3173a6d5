import { describe, expect, it } from 'vitest';
import {
  dammCheckDigit,
  formatRegionalPatientId,
  parseRegionalPatientId,
  toRegionalPatientId,
} from './regional-patient-id';

describe('regional patient id', () => {
  it('computes the Damm check digit of the reference example', () => {
    expect(dammCheckDigit('572')).toBe(4);
    expect(dammCheckDigit('5724')).toBe(0);
  });

  it('builds ids that parse back, with spaces or dashes typed', () => {
    const id = toRegionalPatientId(123_456_789);
    expect(id).toHaveLength(10);
    expect(parseRegionalPatientId(id)).toBe(id);
    expect(parseRegionalPatientId(formatRegionalPatientId(id))).toBe(id);
    expect(parseRegionalPatientId(`${id.slice(0, 5)}-${id.slice(5)}`)).toBe(id);
    expect(toRegionalPatientId(42)).toMatch(/^000000042\d$/);
  });

  it('rejects every single-digit error and every adjacent swap', () => {
    const id = toRegionalPatientId(905_172_364);
    for (let position = 0; position < id.length; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const typo = `${id.slice(0, position)}${digit}${id.slice(position + 1)}`;
        if (typo !== id) {
          expect(parseRegionalPatientId(typo), typo).toBeUndefined();
        }
      }
      if (position < id.length - 1 && id[position] !== id[position + 1]) {
        const swapped = `${id.slice(0, position)}${id[position + 1]}${id[position]}${id.slice(position + 2)}`;
        expect(parseRegionalPatientId(swapped), swapped).toBeUndefined();
      }
    }
  });

  it.each(['', '123', '12345678901', 'ABCDEFGHIJ'])('rejects %j', (value) => {
    expect(parseRegionalPatientId(value)).toBeUndefined();
  });
});
