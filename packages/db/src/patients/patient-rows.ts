import { sql } from 'drizzle-orm';
import { fromStoredBirthDate, type BirthDatePrecision, type Patient } from '@tansiq/domain';
import { asText, asTextOrNull, toIso } from '../lib/rows';

/** The SELECT shared by every read of patients: the row with its commune and reference establishment names. */
export const patientSelect = sql`
  select pt.gst_id, pt.id, pt.regional_id, pt.status, pt.merged_into_id, pt.given_name_latin, pt.family_name_latin,
    pt.given_name_arabic, pt.family_name_arabic, pt.father_given_name, pt.sex, pt.birth_date::text as birth_date,
    pt.birth_date_precision, pt.cin, pt.amo_scheme, pt.amo_number, pt.phones, pt.commune_code, pt.address,
    pt.reference_establishment_id, pt.vital_status, pt.death_date::text as death_date, pt.is_demo, pt.version,
    pt.created_at, pt.updated_at, c.name_fr as commune_name_fr, c.name_ar as commune_name_ar,
    re.name_fr as reference_establishment_name
  from patients pt
  left join communes c on c.code = pt.commune_code
  left join establishments re on re.gst_id = pt.gst_id and re.id = pt.reference_establishment_id`;

const textArray = (value: unknown): string[] => {
  if (Array.isArray(value)) {
    return value.map(asText);
  }
  // node-postgres returns text[] parsed; a literal '{a,b}' only if a driver did not.
  return typeof value === 'string' && value.length > 2 ? value.slice(1, -1).split(',') : [];
};

/** Maps one row of `patientSelect` to the domain type (the birth date in its partial form). */
export function toPatient(row: Record<string, unknown>): Patient {
  const precision = asTextOrNull(row.birth_date_precision) as BirthDatePrecision | null;
  const birthDate = asTextOrNull(row.birth_date);
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    regionalId: asText(row.regional_id),
    status: asText(row.status) as Patient['status'],
    mergedIntoId: asTextOrNull(row.merged_into_id),
    givenNameLatin: asTextOrNull(row.given_name_latin),
    familyNameLatin: asTextOrNull(row.family_name_latin),
    givenNameArabic: asTextOrNull(row.given_name_arabic),
    familyNameArabic: asTextOrNull(row.family_name_arabic),
    fatherGivenName: asTextOrNull(row.father_given_name),
    sex: asText(row.sex) as Patient['sex'],
    birthDate: birthDate === null || precision === null ? null : fromStoredBirthDate(birthDate, precision),
    birthDatePrecision: precision,
    cin: asTextOrNull(row.cin),
    amoScheme: asText(row.amo_scheme) as Patient['amoScheme'],
    amoNumber: asTextOrNull(row.amo_number),
    phones: textArray(row.phones),
    communeCode: asTextOrNull(row.commune_code),
    communeNameFr: asTextOrNull(row.commune_name_fr),
    communeNameAr: asTextOrNull(row.commune_name_ar),
    address: asTextOrNull(row.address),
    referenceEstablishmentId: asTextOrNull(row.reference_establishment_id),
    referenceEstablishmentName: asTextOrNull(row.reference_establishment_name),
    vitalStatus: asText(row.vital_status) as Patient['vitalStatus'],
    deathDate: asTextOrNull(row.death_date),
    isDemo: row.is_demo === true,
    version: Number(row.version),
    createdAt: toIso(row.created_at as Date),
    updatedAt: toIso(row.updated_at as Date),
  };
}
