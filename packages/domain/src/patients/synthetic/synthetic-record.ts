import type { BirthDatePrecision } from '../patient';

/** Sex as recorded on a synthetic record. */
export type SyntheticSex = 'M' | 'F';

/** AMO schemes of the generator (DOMAIN.md §5–6); `none` is an uninsured or unknown person. */
export const syntheticAmoSchemes = ['CNSS', 'CNOPS', 'AMO-Tadamon', 'AMO-TNS', 'Achamil', 'none'] as const;
export type SyntheticAmoScheme = (typeof syntheticAmoSchemes)[number];

/** A commune the generator may place people in (the caller passes the TTA communes of RGPH 2024). */
export interface SyntheticCommune {
  code: string;
  provinceCode: string;
  population2024: number;
  type: 'urban' | 'rural';
  /** Optional display name, appended to generated addresses. */
  name?: string;
}

/** One generated patient record. `personId` is the ground truth: records with the same `personId` are one person. */
export interface SyntheticRecord {
  recordId: string;
  personId: string;
  givenName: string | null;
  familyName: string | null;
  givenNameAr: string | null;
  familyNameAr: string | null;
  fatherGivenName: string | null;
  sex: SyntheticSex;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to `birthDatePrecision`. */
  birthDate: string;
  birthDatePrecision: BirthDatePrecision;
  cin: string | null;
  amoScheme: SyntheticAmoScheme;
  amoNumber: string | null;
  /** E.164, `+2126…` or `+2127…`. */
  phone: string | null;
  communeCode: string;
  address: string | null;
}

/** True when two records carry the same data, whatever their record ids. */
export function hasSameContent(left: SyntheticRecord, right: SyntheticRecord): boolean {
  return (Object.keys(left) as (keyof SyntheticRecord)[]).every(
    (key) => key === 'recordId' || left[key] === right[key],
  );
}
