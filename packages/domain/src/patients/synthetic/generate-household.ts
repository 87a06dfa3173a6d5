import type { BirthDatePrecision } from '../patient';
import { birthDateForAge, type CalendarDate } from './birth-date';
import type { IdentifierIssuer } from './create-identifier-issuer';
import type { Random } from './create-random';
import { drawHouseholdMembers, type HouseholdMember } from './household-composition';
import { moroccanNames } from './moroccan-names';
import { choosePersonName, type PersonName } from './name-spellings';
import { createAddress } from './synthetic-address';
import type { SyntheticPerson } from './synthetic-person';
import type { SyntheticAmoScheme, SyntheticCommune } from './synthetic-record';
import { createWeightedSampler } from './weighted-sampler';

/** What a household generator needs: the random source, identifier issuer and the census reference date. */
export interface HouseholdContext {
  random: Random;
  issuer: IdentifierIssuer;
  reference: CalendarDate;
  twinRate: number;
  nextPersonId: () => string;
}

/** A head of household copied from an earlier person: same names, close birth year (a hard negative). */
export interface Namesake {
  sex: 'M' | 'F';
  givenName: PersonName;
  familyName: PersonName;
  ageYears: number;
}

const byWeight = (entry: { weight: number }): number => entry.weight;
const maleNames = createWeightedSampler(moroccanNames.male, byWeight);
const femaleNames = createWeightedSampler(moroccanNames.female, byWeight);
const familyNames = createWeightedSampler(moroccanNames.family, byWeight);

// AMO coverage shares by commune type: plausible after the 2022 generalisation (to confirm with ANAM figures).
const schemeWeights: Record<'urban' | 'rural', [SyntheticAmoScheme, number][]> = {
  urban: [
    ['CNSS', 40],
    ['CNOPS', 12],
    ['AMO-Tadamon', 28],
    ['AMO-TNS', 10],
    ['Achamil', 2],
    ['none', 8],
  ],
  rural: [
    ['CNSS', 18],
    ['CNOPS', 5],
    ['AMO-Tadamon', 55],
    ['AMO-TNS', 12],
    ['Achamil', 1],
    ['none', 9],
  ],
};
const schemeSamplers = {
  urban: createWeightedSampler(schemeWeights.urban, ([, weight]) => weight),
  rural: createWeightedSampler(schemeWeights.rural, ([, weight]) => weight),
};

/** Older rural people most often know only their birth year (DOMAIN.md §7). */
function drawPrecision(ageYears: number, rural: boolean, random: Random): BirthDatePrecision {
  const yearOnly = rural
    ? ageYears >= 60
      ? 0.45
      : ageYears >= 40
        ? 0.15
        : 0.03
    : ageYears >= 60
      ? 0.15
      : ageYears >= 40
        ? 0.04
        : 0.01;
  if (random.chance(yearOnly)) {
    return 'year';
  }
  return random.chance(0.005) ? 'month' : 'day';
}

function hasCin(ageYears: number, rural: boolean, random: Random): boolean {
  if (ageYears < 18) {
    return false;
  }
  return ageYears < 65 || !random.chance(rural ? 0.12 : 0.03);
}

const givenNameFor = (sex: 'M' | 'F', random: Random): PersonName =>
  choosePersonName((sex === 'M' ? maleNames : femaleNames).sample(random), random);

/** Names of every member: children take the father's family name, and his given name as their father's name. */
function nameMembers(members: readonly HouseholdMember[], random: Random, namesake: Namesake | undefined) {
  const head = members[0];
  const headNamesake = namesake !== undefined && head !== undefined && head.sex === namesake.sex ? namesake : undefined;
  const headGiven = headNamesake?.givenName ?? givenNameFor(head?.sex ?? 'M', random);
  const headFamily = headNamesake?.familyName ?? choosePersonName(familyNames.sample(random), random);
  const headFather = givenNameFor('M', random);
  const motherIsHead = head?.sex === 'F';
  const spouseFamily = choosePersonName(familyNames.sample(random), random);
  // Without a father in the household (single mother), the children still carry an (absent) father's names.
  const childFamily = motherIsHead ? choosePersonName(familyNames.sample(random), random) : headFamily;
  const childFather = motherIsHead ? givenNameFor('M', random) : headGiven;
  const motherFamily = motherIsHead ? headFamily : spouseFamily;
  const usedGiven = new Set<string>([headGiven.latin]);

  return members.map((member) => {
    if (member.role === 'head') {
      return { given: headGiven, family: headFamily, father: headFather, mother: null };
    }
    if (member.role === 'spouse') {
      return {
        given: givenNameFor('F', random),
        family: spouseFamily,
        father: givenNameFor('M', random),
        mother: null,
      };
    }
    if (member.role === 'grandparent') {
      return member.sex === 'M'
        ? { given: headFather, family: headFamily, father: givenNameFor('M', random), mother: null }
        : {
            given: givenNameFor('F', random),
            family: choosePersonName(familyNames.sample(random), random),
            father: givenNameFor('M', random),
            mother: null,
          };
    }
    let given = givenNameFor(member.sex, random);
    for (let attempt = 0; attempt < 3 && usedGiven.has(given.latin); attempt += 1) {
      given = givenNameFor(member.sex, random);
    }
    usedGiven.add(given.latin);
    return { given, family: childFamily, father: childFather, mother: motherFamily };
  });
}

/** Generates the people of one household living in `commune`; the head may be a namesake of an earlier person. */
export function generateHousehold(
  context: HouseholdContext,
  commune: SyntheticCommune,
  namesake?: Namesake,
): SyntheticPerson[] {
  const { random, issuer, reference } = context;
  const rural = commune.type === 'rural';
  const members = drawHouseholdMembers(random, context.twinRate);
  const head = members[0];
  if (namesake !== undefined && head !== undefined && head.sex === namesake.sex) {
    head.ageYears = Math.max(18, namesake.ageYears + random.between(-2, 2));
  }
  const names = nameMembers(members, random, namesake);
  const address = createAddress(commune, random);
  const familyPhone = random.chance(0.92) ? issuer.phone() : null;
  const headScheme = schemeSamplers[commune.type].sample(random)[0];
  const headAmoNumber = issuer.amoNumber(headScheme);
  const people: SyntheticPerson[] = [];

  members.forEach((member, index) => {
    const name = names[index];
    if (name === undefined) {
      return;
    }
    const twin = member.twinOf === undefined ? undefined : people[member.twinOf];
    const birthDate = twin?.birthDate ?? birthDateForAge(member.ageYears, reference, random);
    // Dependants (spouse, children under 26) share the insured head's AMO number (DOMAIN.md §6).
    const dependant =
      (member.role === 'spouse' && random.chance(0.85)) || (member.role === 'child' && member.ageYears < 26);
    const amoScheme = dependant ? headScheme : schemeSamplers[commune.type].sample(random)[0];
    const ownPhone =
      member.ageYears >= 18 && (member.role === 'head' ? random.chance(0.65) : random.chance(0.55))
        ? issuer.phone()
        : null;
    people.push({
      personId: context.nextPersonId(),
      sex: member.sex,
      givenName: name.given,
      familyName: name.family,
      fatherGivenName: name.father,
      motherFamilyName: name.mother,
      birthDate,
      birthDatePrecision: twin?.birthDatePrecision ?? drawPrecision(member.ageYears, rural, random),
      ageYears: member.ageYears,
      cin: hasCin(member.ageYears, rural, random) ? issuer.cin(commune.provinceCode) : null,
      amoScheme,
      amoNumber: dependant ? headAmoNumber : issuer.amoNumber(amoScheme),
      phone: ownPhone ?? (member.role === 'grandparent' && random.chance(0.3) ? null : familyPhone),
      commune,
      address,
    });
  });
  return people;
}
