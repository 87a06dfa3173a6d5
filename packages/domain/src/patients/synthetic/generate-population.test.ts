import { describe, expect, it } from 'vitest';
import { generatePopulation } from './generate-population';
import { syntheticTestCommunes } from './synthetic-test-communes';
import type { SyntheticRecord } from './synthetic-record';

const referenceYear = 2025;
const population = generatePopulation({ count: 20_000, seed: 42, communes: syntheticTestCommunes });
const originals = generatePopulation({ count: 20_000, seed: 7, communes: syntheticTestCommunes, duplicateRate: 0 });
const ruralCodes = new Set(syntheticTestCommunes.filter((c) => c.type === 'rural').map((c) => c.code));
const ageOf = (record: SyntheticRecord): number => referenceYear - Number(record.birthDate.slice(0, 4));
const share = (records: readonly SyntheticRecord[], test: (record: SyntheticRecord) => boolean): number =>
  records.filter(test).length / records.length;
const countBy = (values: readonly string[]): [string, number][] => {
  const counts = new Map<string, number>();
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()].sort((left, right) => right[1] - left[1]);
};

describe('generatePopulation', () => {
  it('is deterministic: the same seed gives the same records, another seed other records', () => {
    const input = { count: 2_000, seed: 99, communes: syntheticTestCommunes };
    expect(generatePopulation(input)).toEqual(generatePopulation(input));
    expect(generatePopulation({ ...input, seed: 100 })).not.toEqual(generatePopulation(input));
  });

  it('generates exactly `count` people, unique record ids, and about 26% extra records at the default rate', () => {
    expect(new Set(population.map((record) => record.personId)).size).toBe(20_000);
    expect(new Set(population.map((record) => record.recordId)).size).toBe(population.length);
    expect(population.length / 20_000).toBeGreaterThan(1.2);
    expect(population.length / 20_000).toBeLessThan(1.33);
    expect(originals).toHaveLength(20_000);
  });

  it('spreads people over communes in proportion to their population (Tanger first)', () => {
    const [first, second] = countBy(originals.map((record) => record.communeCode));
    expect(first?.[0]).toBe('01.511.01.0');
    expect(second?.[0]).toBe('01.571.01.11');
    const total = syntheticTestCommunes.reduce((sum, commune) => sum + commune.population2024, 0);
    expect(share(originals, (record) => record.communeCode === '01.511.01.0')).toBeCloseTo(1_275_428 / total, 1);
  });

  it('has a young age pyramid and about as many women as men', () => {
    expect(share(originals, (record) => ageOf(record) < 25)).toBeGreaterThan(0.38);
    expect(share(originals, (record) => ageOf(record) >= 60)).toBeGreaterThan(0.08);
    expect(share(originals, (record) => ageOf(record) >= 60)).toBeLessThan(0.2);
    expect(share(originals, (record) => record.sex === 'F')).toBeCloseTo(0.5, 1);
  });

  it('gives year-only birth dates far more often to rural elderly people', () => {
    const yearOnly = (record: SyntheticRecord): boolean => record.birthDatePrecision === 'year';
    const ruralElderly = originals.filter((record) => ruralCodes.has(record.communeCode) && ageOf(record) >= 60);
    const urbanYoung = originals.filter((record) => !ruralCodes.has(record.communeCode) && ageOf(record) < 40);
    expect(share(ruralElderly, yearOnly)).toBeGreaterThan(0.3);
    expect(share(urbanYoung, yearOnly)).toBeLessThan(0.03);
    expect(originals.filter(yearOnly).every((record) => /^\d{4}$/.test(record.birthDate))).toBe(true);
  });

  it('gives a CIN to adults only, in the letters + 6 digits format', () => {
    const withCin = originals.filter((record) => record.cin !== null);
    expect(withCin.length).toBeGreaterThan(8_000);
    expect(withCin.every((record) => ageOf(record) >= 18 && /^[A-Z]{1,2}\d{6}$/.test(record.cin ?? ''))).toBe(true);
  });

  it('writes names in Arabic for most records and in Latin for most records', () => {
    expect(share(population, (record) => record.givenNameAr !== null)).toBeGreaterThan(0.75);
    expect(share(population, (record) => record.givenName !== null)).toBeGreaterThan(0.85);
    expect(population.every((record) => record.givenName !== null || record.givenNameAr !== null)).toBe(true);
  });

  it('draws heavy-tailed names: Mohamed is the top male name and the top 10 cover a large share', () => {
    const male = countBy(
      originals.flatMap((record) => (record.sex === 'M' && record.givenName ? [record.givenName] : [])),
    );
    expect(male[0]?.[0]).toBe('Mohamed');
    const total = male.reduce((sum, [, count]) => sum + count, 0);
    const top10 = male.slice(0, 10).reduce((sum, [, count]) => sum + count, 0);
    expect((male[0]?.[1] ?? 0) / total).toBeGreaterThan(0.08);
    expect(top10 / total).toBeGreaterThan(0.25);
    expect(male.length).toBeGreaterThan(120);
  });

  it('makes plausible phones and shares them within households', () => {
    const phones = originals.flatMap((record) => (record.phone === null ? [] : [record.phone]));
    expect(phones.every((phone) => /^\+212[67]\d{8}$/.test(phone))).toBe(true);
    expect(new Set(phones).size).toBeLessThan(phones.length * 0.8);
  });

  it('gives every duplicate the same personId as its original and different content', () => {
    const byPerson = new Map<string, SyntheticRecord[]>();
    for (const record of population) {
      byPerson.set(record.personId, [...(byPerson.get(record.personId) ?? []), record]);
    }
    const groups = [...byPerson.values()].filter((records) => records.length > 1);
    expect(groups.length / byPerson.size).toBeCloseTo(0.2, 1);
    for (const records of groups) {
      const contents = records.map((record) => JSON.stringify({ ...record, recordId: '' }));
      expect(new Set(contents).size).toBe(records.length);
      expect(new Set(records.map((record) => record.sex)).size).toBe(1);
    }
  });

  it('includes hard negatives: twins of one household and namesakes born within two years', () => {
    const groups = (key: (record: SyntheticRecord) => string | null) => {
      const byKey = new Map<string, SyntheticRecord[]>();
      for (const record of originals) {
        const value = key(record);
        if (value !== null) {
          byKey.set(value, [...(byKey.get(value) ?? []), record]);
        }
      }
      return [...byKey.values()].filter((records) => records.length > 1);
    };
    const twins = groups((record) =>
      record.birthDatePrecision === 'day' && record.address !== null && ageOf(record) < 40
        ? `${record.birthDate}|${record.address}|${record.communeCode}`
        : null,
    ).filter(([left, right]) => left?.givenNameAr !== right?.givenNameAr && left?.personId !== right?.personId);
    expect(twins.length).toBeGreaterThan(20);
    const namesakes = groups((record) =>
      record.givenNameAr !== null && record.familyNameAr !== null && ageOf(record) >= 18
        ? `${record.givenNameAr}|${record.familyNameAr}`
        : null,
    ).filter((records) =>
      records.some((left, index) =>
        records
          .slice(index + 1)
          .some((right) => Math.abs(ageOf(left) - ageOf(right)) <= 2 && left.address !== right.address),
      ),
    );
    expect(namesakes.length).toBeGreaterThan(50);
  });

  it('rejects an invalid input with field paths', () => {
    expect(() => generatePopulation({ count: -1, seed: 1, communes: [], duplicateRate: 2 })).toThrow(
      expect.objectContaining({
        code: 'validation_failed',
        issues: [
          expect.objectContaining({ path: ['count'] }),
          expect.objectContaining({ path: ['communes'] }),
          expect.objectContaining({ path: ['duplicateRate'] }),
        ],
      }),
    );
  });
});
