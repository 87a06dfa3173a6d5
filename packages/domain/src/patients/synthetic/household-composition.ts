import type { Random } from './create-random';
import { createWeightedSampler } from './weighted-sampler';
import type { SyntheticSex } from './synthetic-record';

export type HouseholdRole = 'head' | 'spouse' | 'child' | 'grandparent';

/** Who lives in a household, before names and identifiers are given. */
export interface HouseholdMember {
  role: HouseholdRole;
  sex: SyntheticSex;
  ageYears: number;
  /** For a twin: the index of the sibling born the same day. */
  twinOf?: number;
}

type HouseholdKind = 'single' | 'couple' | 'family' | 'single-parent' | 'extended';

// Shares chosen so that the mean size is close to the 3.9 people of RGPH 2024 and sizes stay within 1–7.
const kindSampler = createWeightedSampler<[HouseholdKind, number]>(
  [
    ['single', 5],
    ['couple', 11],
    ['family', 66],
    ['single-parent', 9],
    ['extended', 9],
  ],
  ([, weight]) => weight,
);

const maxHouseholdSize = 7;

function addChildren(members: HouseholdMember[], motherAge: number, random: Random, twinRate: number): void {
  const wanted = random.chance(0.32) ? 1 : random.chance(0.5) ? 2 : random.between(3, 4);
  let age = random.between(0, Math.max(0, Math.min(motherAge - 18, 30)));
  for (let count = 0; count < wanted && members.length < maxHouseholdSize && age >= 0; count += 1) {
    members.push({ role: 'child', sex: random.chance(0.51) ? 'M' : 'F', ageYears: age });
    age -= random.between(1, 5);
  }
  const lastIndex = members.length - 1;
  const last = members[lastIndex];
  if (last !== undefined && last.role === 'child' && members.length < maxHouseholdSize && random.chance(twinRate)) {
    const sex = random.chance(0.6) ? last.sex : last.sex === 'M' ? 'F' : 'M';
    members.push({ role: 'child', sex, ageYears: last.ageYears, twinOf: lastIndex });
  }
}

/** Draws the members of one household: couples with children mostly, some singles, couples and extended families. */
export function drawHouseholdMembers(random: Random, twinRate: number): HouseholdMember[] {
  const [kind] = kindSampler.sample(random);
  if (kind === 'single') {
    const ageYears = random.chance(0.45) ? random.between(20, 40) : random.between(55, 95);
    return [{ role: 'head', sex: random.chance(0.45) ? 'M' : 'F', ageYears }];
  }
  if (kind === 'single-parent') {
    const motherAge = random.between(22, 62);
    const members: HouseholdMember[] = [{ role: 'head', sex: 'F', ageYears: motherAge }];
    addChildren(members, motherAge, random, twinRate);
    return members;
  }
  const headAge =
    kind === 'couple'
      ? random.chance(0.4)
        ? random.between(22, 35)
        : random.between(50, 88)
      : 24 + Math.floor(46 * random.next() ** 1.25);
  const spouseAge = Math.max(18, headAge - random.between(0, 10));
  const members: HouseholdMember[] = [
    { role: 'head', sex: 'M', ageYears: headAge },
    { role: 'spouse', sex: 'F', ageYears: spouseAge },
  ];
  if (kind === 'couple') {
    return members;
  }
  if (kind === 'extended') {
    members.push({
      role: 'grandparent',
      sex: random.chance(0.65) ? 'F' : 'M',
      ageYears: Math.min(100, Math.max(60, headAge + random.between(20, 32))),
    });
  }
  addChildren(members, spouseAge, random, twinRate);
  return members;
}
