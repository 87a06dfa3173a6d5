import { formatBirthDate } from './birth-date';
import type { Random } from './create-random';
import type { SyntheticPerson } from './synthetic-person';
import type { SyntheticRecord } from './synthetic-record';

/**
 * How often each field is captured at registration. Hospital records are often typed in Latin script from speech;
 * a few desks type Arabic only (DOMAIN.md §7). Shares are plausible guesses (to confirm on real registration data).
 */
const captureRates = {
  latinOnly: 0.15,
  arabicOnly: 0.08,
  fatherGivenName: 0.5,
  cin: 0.85,
  amoNumber: 0.7,
  phone: 0.85,
  address: 0.9,
};

/** One registration of a person at one establishment: the truth, minus what the desk did not capture. */
export function captureRecord(person: SyntheticPerson, random: Random): SyntheticRecord {
  const script = random.next();
  const latin = script >= captureRates.arabicOnly;
  const arabic = script >= captureRates.arabicOnly + captureRates.latinOnly || !latin;
  const father = random.chance(captureRates.fatherGivenName) ? person.fatherGivenName : null;
  return {
    recordId: '',
    personId: person.personId,
    givenName: latin ? person.givenName.latin : null,
    familyName: latin ? person.familyName.latin : null,
    givenNameAr: arabic ? person.givenName.arabic : null,
    familyNameAr: arabic ? person.familyName.arabic : null,
    fatherGivenName: father === null ? null : latin ? father.latin : father.arabic,
    sex: person.sex,
    birthDate: formatBirthDate(person.birthDate, person.birthDatePrecision),
    birthDatePrecision: person.birthDatePrecision,
    cin: person.cin !== null && random.chance(captureRates.cin) ? person.cin : null,
    amoScheme: person.amoScheme,
    amoNumber: person.amoNumber !== null && random.chance(captureRates.amoNumber) ? person.amoNumber : null,
    phone: person.phone !== null && random.chance(captureRates.phone) ? person.phone : null,
    communeCode: person.commune.code,
    address: random.chance(captureRates.address) ? person.address : null,
  };
}
