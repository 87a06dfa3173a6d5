import { describe, expect, it } from 'vitest';
import { corruptRecord, corruptionKinds } from './corrupt-record';
import { createRandom } from './create-random';
import { cinTypo, dateDigitTypo, swapDayMonth, yearOnly } from './record-corruptions';
import { hasSameContent, type SyntheticRecord } from './synthetic-record';

const record: SyntheticRecord = {
  recordId: 'R1',
  personId: 'P1',
  givenName: 'Fatima Zahra',
  familyName: 'El Amrani',
  givenNameAr: 'فاطمة الزهراء',
  familyNameAr: 'العمراني',
  fatherGivenName: 'Mohamed',
  sex: 'F',
  birthDate: '1990-03-07',
  birthDatePrecision: 'day',
  cin: 'KB012345',
  amoScheme: 'CNSS',
  amoNumber: '123456789',
  phone: '+212612345678',
  communeCode: '01.511.01.0',
  address: 'Rue 1 N° 2, Hay Nahda, Tanger',
};

describe('corruptRecord', () => {
  it('keeps the personId, changes the content and applies 1 to 3 known errors', () => {
    for (let seed = 0; seed < 500; seed += 1) {
      const { record: duplicate, errors } = corruptRecord(record, createRandom(seed));
      expect(duplicate.personId).toBe('P1');
      expect(hasSameContent(duplicate, record)).toBe(false);
      expect(errors.length).toBeGreaterThanOrEqual(1);
      expect(errors.length).toBeLessThanOrEqual(3);
      expect(errors.every((kind) => corruptionKinds.includes(kind))).toBe(true);
    }
  });

  it('uses every kind of error over many draws, newborn placeholders only for babies', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 3_000; seed += 1) {
      corruptRecord(record, createRandom(seed), { ageYears: 30 }).errors.forEach((kind) => seen.add(kind));
    }
    expect([...seen].sort()).toEqual(corruptionKinds.filter((kind) => kind !== 'newborn-placeholder').sort());
  });

  it('registers a newborn as "Bébé" with the mother\'s family name', () => {
    const baby = { ...record, givenName: 'Aya', birthDate: '2024-11-02' };
    const context = { ageYears: 0, motherFamilyName: { latin: 'Tahiri', arabic: 'الطاهري' } };
    const placeholders = Array.from({ length: 300 }, (_, seed) => corruptRecord(baby, createRandom(seed), context))
      .filter((result) => result.errors.includes('newborn-placeholder'))
      .map((result) => result.record);
    expect(placeholders.length).toBeGreaterThan(0);
    expect(placeholders[0]).toMatchObject({ givenName: 'Bébé', familyNameAr: 'الطاهري', personId: 'P1' });
  });
});

describe('record corruptions', () => {
  it.each([
    { birthDate: '1990-03-07', precision: 'day' as const, expected: '1990-07-03' },
    { birthDate: '1990-03-17', precision: 'day' as const, expected: null },
    { birthDate: '1990-03-03', precision: 'day' as const, expected: null },
    { birthDate: '1955', precision: 'year' as const, expected: null },
  ])('swaps day and month of $birthDate when possible', ({ birthDate, precision, expected }) => {
    const result = swapDayMonth({ ...record, birthDate, birthDatePrecision: precision }, createRandom(1), {});
    expect(result?.birthDate ?? null).toBe(expected);
  });

  it('keeps only the year, as a year-only date or as 1 January', () => {
    const results = new Set(
      Array.from({ length: 50 }, (_, seed) => {
        const result = yearOnly(record, createRandom(seed), {});
        return `${result?.birthDate}/${result?.birthDatePrecision}`;
      }),
    );
    expect([...results].sort()).toEqual(['1990-01-01/day', '1990/year']);
  });

  it('mistypes one date digit into another real, past date', () => {
    const results = Array.from({ length: 200 }, (_, seed) =>
      dateDigitTypo(record, createRandom(seed), { referenceYear: 2025 }),
    ).filter((result) => result !== null);
    expect(results.length).toBeGreaterThan(150);
    for (const result of results) {
      const digits = result.birthDate.replace(/-/g, '');
      expect([...'19900307'].filter((digit, index) => digits[index] !== digit)).toHaveLength(1);
      expect(Number(digits.slice(0, 4))).toBeLessThanOrEqual(2025);
    }
  });

  it('mistypes a CIN by one digit, a transposition or dropped leading zeros, keeping its letters', () => {
    const results = new Set(Array.from({ length: 200 }, (_, seed) => cinTypo(record, createRandom(seed), {})?.cin));
    expect(results).toContain('KB12345');
    for (const cin of results) {
      expect(cin).toMatch(/^KB\d{5,6}$/);
      expect(cin).not.toBe('KB012345');
    }
    expect(cinTypo({ ...record, cin: null }, createRandom(1), {})).toBeNull();
  });
});
