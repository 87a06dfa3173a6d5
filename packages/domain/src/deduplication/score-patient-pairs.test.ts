import { describe, expect, it } from 'vitest';
import { generatePopulation } from '../patients/synthetic/generate-population';
import { syntheticTestCommunes } from '../patients/synthetic/synthetic-test-communes';
import {
  patientBlockingKeys,
  scorePatientCandidates,
  syntheticToPatientInput,
  trainPatientMatchModel,
  type MatchablePatient,
} from '../patients/patient-matching';
import { pairsInBlocks } from './pairs-in-blocks';
import { scorePatientPairs } from './score-patient-pairs';

const model = trainPatientMatchModel(
  generatePopulation({ count: 2_000, seed: 11, communes: syntheticTestCommunes }).map(syntheticToPatientInput),
);

const patients: MatchablePatient[] = [
  {
    givenNameLatin: 'Mohamed',
    familyNameLatin: 'El Idrissi',
    sex: 'male',
    birthDate: '1984-03-12',
    cin: 'K123456',
    phones: ['+212612345678'],
    communeCode: '01.151.01.01',
  },
  {
    givenNameArabic: 'محمد',
    familyNameArabic: 'الادريسي',
    sex: 'male',
    birthDate: '1984',
    communeCode: '01.151.01.01',
  },
  { givenNameLatin: 'Mouhamed', familyNameLatin: 'Elidrissi', sex: 'male', birthDate: '1984-12-03', cin: 'K123456' },
  { givenNameLatin: 'Mohammed', familyNameLatin: 'Idrissi', sex: 'male', birthDate: '1991-07-02', cin: 'L654321' },
  { givenNameLatin: 'Fatima Zahra', familyNameLatin: 'Bennani', sex: 'female', birthDate: '1960' },
  {},
];
const left = Int32Array.from([0, 0, 0, 0, 1, 3, 4]);
const right = Int32Array.from([1, 2, 3, 4, 2, 5, 5]);

describe('scorePatientPairs', () => {
  const scored = scorePatientPairs(model, patients, { left, right });

  it('gives every pair the probability of the per-candidate scoring', () => {
    left.forEach((i, pair) => {
      const [expected] = scorePatientCandidates(model, patients[i] ?? {}, [patients[right[pair] ?? 0] ?? {}]);
      expect(scored.probability[pair]).toBeCloseTo(expected?.probability ?? -1, 12);
    });
  });

  it('links variants of one person and keeps a namesake apart', () => {
    expect(scored.probability[1]).toBeGreaterThan(model.thresholds.link);
    expect(scored.probability[2]).toBeLessThan(model.thresholds.review);
    expect(scored.probability[3]).toBeLessThan(0.01);
  });

  it('explains a pair with the same probability and a reason per field', () => {
    const explained = scored.explain(1);
    expect(explained.probability).toBeCloseTo(scored.probability[1] ?? -1, 12);
    expect(explained.reasons.map((reason) => reason.field)).toEqual(model.columns.map((column) => column.name));
    expect(explained.reasons.find((reason) => reason.field === 'cin')?.weight).toBeGreaterThan(0);
  });

  it('with a floor, keeps the exact probability of pairs at or above it and gives 0 to the others', () => {
    const floor = model.thresholds.review;
    const floored = scorePatientPairs(model, patients, { left, right }, { floor });
    scored.probability.forEach((probability, pair) => {
      expect(floored.probability[pair]).toBe(probability >= floor ? probability : 0);
    });
  });

  it('prunes only pairs that end below the floor, over the blocks of a generated population', () => {
    const population = generatePopulation({ count: 1_500, seed: 29, communes: syntheticTestCommunes }).map(
      syntheticToPatientInput,
    );
    const blocks = new Map<string, number[]>();
    patientBlockingKeys(population).forEach((keys, record) =>
      keys.forEach((key) => blocks.set(key, [...(blocks.get(key) ?? []), record])),
    );
    const pairs = pairsInBlocks([...blocks.values()], population.length);
    const exact = scorePatientPairs(model, population, pairs).probability;
    const floor = model.thresholds.review;
    const floored = scorePatientPairs(model, population, pairs, { floor }).probability;
    expect(pairs.left.length).toBeGreaterThan(1_000);
    expect(exact.some((probability) => probability >= floor)).toBe(true);
    exact.forEach((probability, pair) => {
      expect(floored[pair]).toBe(probability >= floor ? probability : 0);
    });
  });

  it('scores nothing when there are no pairs', () => {
    expect(scorePatientPairs(model, patients, { left: [], right: [] }).probability.length).toBe(0);
  });
});
