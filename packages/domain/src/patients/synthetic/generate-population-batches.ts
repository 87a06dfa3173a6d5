import { validationFailed, type FieldIssue } from '../../lib/app-error';
import { parseBirthDate } from './birth-date';
import { captureRecord } from './capture-record';
import { corruptRecord, type CorruptionKind } from './corrupt-record';
import { createIdentifierIssuer } from './create-identifier-issuer';
import { createRandom, type Random } from './create-random';
import { generateHousehold, type HouseholdContext, type Namesake } from './generate-household';
import type { SyntheticPerson } from './synthetic-person';
import { hasSameContent, type SyntheticCommune, type SyntheticRecord } from './synthetic-record';
import { createWeightedSampler } from './weighted-sampler';

/** Parameters of a synthetic population. */
export interface GeneratePopulationInput {
  /** Number of distinct people (records are more: duplicates are added on top). */
  count: number;
  seed: number;
  communes: readonly SyntheticCommune[];
  /** Share of people registered more than once (default 0.2); each such person gets 1–3 duplicate records. */
  duplicateRate?: number;
  options?: {
    /** Date on which ages are computed, `YYYY-MM-DD` (default 2025-01-01). */
    referenceDate?: string;
    /** Share of households whose head is a namesake of a recent person, with a close birth year (default 0.02). */
    namesakeRate?: number;
    /** Share of families whose youngest child has a twin (default 0.03). */
    twinRate?: number;
    /** People per batch; every record of a person is in the same batch (default 5,000). */
    batchSize?: number;
  };
}

/** A chunk of records, shuffled, closed under personId, with the errors applied to its duplicates. */
export interface PopulationBatch {
  records: SyntheticRecord[];
  errors: CorruptionKind[];
}

function validateInput(input: GeneratePopulationInput): void {
  const issues: FieldIssue[] = [];
  if (!Number.isInteger(input.count) || input.count < 0) {
    issues.push({ path: ['count'], message: 'Must be a non-negative integer' });
  }
  if (!Number.isInteger(input.seed)) {
    issues.push({ path: ['seed'], message: 'Must be an integer' });
  }
  if (!input.communes.some((commune) => commune.population2024 > 0)) {
    issues.push({ path: ['communes'], message: 'Needs at least one commune with a population' });
  }
  const rate = input.duplicateRate ?? 0.2;
  if (!(rate >= 0 && rate <= 1)) {
    issues.push({ path: ['duplicateRate'], message: 'Must be between 0 and 1' });
  }
  if (issues.length > 0) {
    throw validationFailed('Invalid synthetic population input', issues);
  }
}

function shuffle<T>(items: T[], random: Random): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = random.int(index + 1);
    const item = items[index];
    const swapped = items[other];
    if (item !== undefined && swapped !== undefined) {
      items[index] = swapped;
      items[other] = item;
    }
  }
}

/**
 * The records of one person: the original registration, then with probability `duplicateRate` 1–3 duplicates,
 * each a fresh capture with errors, all different from one another.
 */
function recordsOfPerson(
  person: SyntheticPerson,
  random: Random,
  context: { duplicateRate: number; referenceYear: number; newPhone: () => string },
  errors: CorruptionKind[],
): SyntheticRecord[] {
  const original = captureRecord(person, random);
  const records = [original];
  if (!random.chance(context.duplicateRate)) {
    return records;
  }
  const duplicates = random.chance(0.75) ? 1 : random.chance(0.72) ? 2 : 3;
  const corruptionContext = {
    ageYears: person.ageYears,
    motherFamilyName: person.motherFamilyName,
    referenceYear: context.referenceYear,
    newPhone: context.newPhone,
  };
  for (let index = 0; index < duplicates; index += 1) {
    let result = corruptRecord(captureRecord(person, random), random, corruptionContext);
    // A fresh capture plus errors can, rarely, land exactly on an earlier record: corrupt it once more.
    while (records.some((earlier) => hasSameContent(result.record, earlier))) {
      const again = corruptRecord(result.record, random, corruptionContext);
      result = { record: again.record, errors: [...result.errors, ...again.errors] };
    }
    records.push(result.record);
    errors.push(...result.errors);
  }
  return records;
}

/**
 * Generates a synthetic patient population of the TTA region, deterministically from `seed`: households spread over
 * communes by RGPH 2024 population, then records with known truth (`personId`) and realistic duplicates.
 * Yields shuffled batches so a million people can be streamed to a file.
 * @throws AppError validation_failed when the input is out of range.
 */
export function* generatePopulationBatches(input: GeneratePopulationInput): Generator<PopulationBatch> {
  validateInput(input);
  const options = input.options ?? {};
  const random = createRandom(input.seed);
  const issuer = createIdentifierIssuer(random);
  const reference = parseBirthDate(options.referenceDate ?? '2025-01-01');
  const communes = createWeightedSampler(input.communes, (commune) => commune.population2024);
  const namesakeRate = options.namesakeRate ?? 0.02;
  const batchSize = Math.max(1, options.batchSize ?? 5_000);
  let personCounter = 0;
  let recordCounter = 0;
  const context: HouseholdContext = {
    random,
    issuer,
    reference,
    twinRate: options.twinRate ?? 0.03,
    nextPersonId: () => `P${String((personCounter += 1)).padStart(8, '0')}`,
  };
  const recordContext = {
    duplicateRate: input.duplicateRate ?? 0.2,
    referenceYear: reference.year,
    newPhone: () => issuer.phone(),
  };
  const recentHeads: Namesake[] = [];
  let produced = 0;

  while (produced < input.count) {
    const people: SyntheticPerson[] = [];
    while (people.length < batchSize && produced < input.count) {
      const namesake = recentHeads.length > 0 && random.chance(namesakeRate) ? random.pick(recentHeads) : undefined;
      const household = generateHousehold(context, communes.sample(random), namesake).slice(0, input.count - produced);
      const head = household[0];
      if (head !== undefined && head.ageYears >= 18) {
        recentHeads[recentHeads.length < 256 ? recentHeads.length : random.int(256)] = head;
      }
      people.push(...household);
      produced += household.length;
    }
    const errors: CorruptionKind[] = [];
    const records = people.flatMap((person) => recordsOfPerson(person, random, recordContext, errors));
    shuffle(records, random);
    for (const record of records) {
      recordCounter += 1;
      record.recordId = `R${String(recordCounter).padStart(8, '0')}`;
    }
    yield { records, errors };
  }
}
