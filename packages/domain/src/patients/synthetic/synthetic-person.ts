import type { BirthDatePrecision } from '../patient';
import type { CalendarDate } from './birth-date';
import type { PersonName } from './name-spellings';
import type { SyntheticAmoScheme, SyntheticCommune, SyntheticSex } from './synthetic-record';

/** The truth about one generated person, before any record of them is captured. */
export interface SyntheticPerson {
  personId: string;
  sex: SyntheticSex;
  givenName: PersonName;
  familyName: PersonName;
  fatherGivenName: PersonName;
  /** The mother's family name, used for "Bébé <mother's name>" newborn placeholders. */
  motherFamilyName: PersonName | null;
  birthDate: CalendarDate;
  birthDatePrecision: BirthDatePrecision;
  ageYears: number;
  cin: string | null;
  amoScheme: SyntheticAmoScheme;
  amoNumber: string | null;
  phone: string | null;
  commune: SyntheticCommune;
  address: string;
}
