/** The roles a column of a person file can play (the CLI map and the import mapping use the same words). */
export const fieldRoles = [
  'id',
  'given_name',
  'family_name',
  'full_name',
  'sex',
  'birth_date',
  'national_id',
  'insurance_id',
  'phone',
  'address',
  'locality',
  'postcode',
  'region',
  'string',
  'exact',
  'ignore',
] as const;

export type FieldRole = (typeof fieldRoles)[number];

/** One column of the input: its name, role and, for dates, its format. */
export interface MatchField {
  name: string;
  role: FieldRole;
  format?: string;
}

/** The level every comparison gives when either value is empty: it carries no evidence either way. */
export const missingLevel = 0;

/**
 * One comparison of a Fellegi–Sunter model over prepared records: `compare(i, j)` returns a discrete agreement
 * level, 0 being "missing", 1 the strongest agreement and the last the plain disagreement.
 */
export interface ComparisonColumn {
  name: string;
  levels: readonly string[];
  /**
   * Whether the value belongs to the person (given name, birth date, sex, identifiers) or may be shared by
   * relatives in one household (family name, phone, address, locality): see `runExpectationMaximisation`.
   */
  personal: boolean;
  /** When set, agreement at level 1 is weighted by how common the agreed value is (term-frequency adjustment). */
  termFrequencyKeys?: readonly (string | undefined)[];
  compare(i: number, j: number): number;
}
