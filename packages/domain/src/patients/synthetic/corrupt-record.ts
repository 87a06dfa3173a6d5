import type { Random } from './create-random';
import { arabicVariant, reshapeCompound, toggleParticle, transliterateName, typoName } from './name-corruptions';
import {
  alterName,
  cinTypo,
  dateDigitTypo,
  differentPhone,
  dropField,
  newbornPlaceholder,
  oneScriptOnly,
  swapDayMonth,
  swapNames,
  yearOnly,
  type CorruptionContext,
  type RecordCorruption,
} from './record-corruptions';
import { hasSameContent, type SyntheticRecord } from './synthetic-record';
import { createWeightedSampler } from './weighted-sampler';

export type { CorruptionContext } from './record-corruptions';

/** The kinds of error the model applies to a duplicate record, with their relative frequency. */
const corruptions = {
  transliteration: { weight: 20, apply: alterName(['givenName', 'familyName'], transliterateName) },
  typo: { weight: 14, apply: alterName(['givenName', 'familyName'], typoName) },
  'swap-names': { weight: 5, apply: swapNames },
  'compound-name': { weight: 5, apply: alterName(['givenName', 'givenNameAr'], reshapeCompound) },
  particle: { weight: 7, apply: alterName(['familyName'], toggleParticle) },
  'arabic-variant': { weight: 6, apply: alterName(['givenNameAr', 'familyNameAr'], arabicVariant) },
  'day-month-swap': { weight: 6, apply: swapDayMonth },
  'year-only': { weight: 4, apply: yearOnly },
  'date-typo': { weight: 6, apply: dateDigitTypo },
  'cin-typo': { weight: 4, apply: cinTypo },
  'missing-cin': { weight: 6, apply: dropField('cin') },
  'missing-phone': { weight: 5, apply: dropField('phone') },
  'missing-amo': { weight: 5, apply: dropField('amoNumber') },
  'missing-father-name': { weight: 4, apply: dropField('fatherGivenName') },
  'one-script': { weight: 8, apply: oneScriptOnly },
  'different-phone': { weight: 5, apply: differentPhone },
  'newborn-placeholder': { weight: 10, apply: newbornPlaceholder },
} satisfies Record<string, { weight: number; apply: RecordCorruption }>;

export type CorruptionKind = keyof typeof corruptions;
export const corruptionKinds = Object.keys(corruptions) as CorruptionKind[];

const kindSampler = createWeightedSampler(corruptionKinds, (kind) => corruptions[kind].weight);

/** A duplicate record and the errors that produced it. */
export interface CorruptionResult {
  record: SyntheticRecord;
  errors: CorruptionKind[];
}

/**
 * Applies 1–3 distinct realistic errors to a record of a person (same personId, caller assigns a new recordId).
 * Errors that do not apply to the record (no CIN to mistype, no compound name…) are skipped and redrawn; the result
 * always differs from the input.
 */
export function corruptRecord(
  record: SyntheticRecord,
  random: Random,
  context: CorruptionContext = {},
): CorruptionResult {
  const wanted = random.chance(0.5) ? 1 : random.chance(0.66) ? 2 : 3;
  const errors: CorruptionKind[] = [];
  let current = record;
  for (let attempt = 0; attempt < 15 && errors.length < wanted; attempt += 1) {
    const kind = kindSampler.sample(random);
    if (!errors.includes(kind)) {
      const altered = corruptions[kind].apply(current, random, context);
      if (altered !== null && !hasSameContent(altered, current)) {
        current = altered;
        errors.push(kind);
      }
    }
  }
  if (hasSameContent(current, record)) {
    // A new phone always applies, so every duplicate carries at least one error.
    const altered = differentPhone(current, random, context) ?? { ...current, phone: null };
    return { record: altered, errors: [...errors, 'different-phone'] };
  }
  return { record: current, errors };
}
