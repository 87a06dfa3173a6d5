import { z } from 'zod';
import { arabicNameSchema, latinNameSchema } from '../lib/person-names';
import { communeCodeSchema } from '../territory/territory-codes';
import { normalisePhone } from './matching/compare-identifiers';
import { parseRegionalPatientId } from './regional-patient-id';

export const patientSexes = ['female', 'male', 'unknown'] as const;
export type PatientSex = (typeof patientSexes)[number];

export const birthDatePrecisions = ['day', 'month', 'year'] as const;
export type BirthDatePrecision = (typeof birthDatePrecisions)[number];

/** AMO schemes (DOMAIN.md §5); `none` is a known absence of cover, `unknown` not asked yet. */
export const amoSchemes = ['cnss', 'cnops', 'amo_tadamon', 'amo_tns', 'amo_achamil', 'none', 'unknown'] as const;
export type AmoScheme = (typeof amoSchemes)[number];

export const vitalStatuses = ['alive', 'deceased'] as const;
export type VitalStatus = (typeof vitalStatuses)[number];

export const patientStatuses = ['active', 'merged'] as const;
export type PatientStatus = (typeof patientStatuses)[number];

const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

const latinName = latinNameSchema;
const arabicName = arabicNameSchema;

/** CIN / CNIE: 1–2 letters and 1–6 digits, e.g. AB123456 (DOMAIN.md §6, format to confirm); stored upper-case. */
export const cinSchema = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{1,2}\d{1,6}$/, 'A CIN has 1 or 2 letters then up to 6 digits, e.g. AB123456'));

/** AMO registration number: 6 to 20 digits or capital letters (format to confirm with the CNSS). */
export const amoNumberSchema = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z]{6,20}$/, 'An AMO number has 6 to 20 digits or letters'));

/** A Moroccan phone number in any usual form, stored as +212 and 9 digits (DOMAIN.md §7). */
export const patientPhoneSchema = z
  .string()
  .trim()
  .transform((value) => normalisePhone(value))
  .pipe(z.string().regex(/^[5-8]\d{8}$/, 'A Moroccan number has 10 digits, e.g. 0612345678 or +212 612 345 678'))
  .transform((digits) => `+212${digits}`);

/**
 * A birth date as known: `YYYY-MM-DD`, `YYYY-MM` or only `YYYY` (older rural adults often know only the year).
 * The precision is the form itself; it is stored as a date plus a precision.
 */
export const partialBirthDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Give a date as YYYY-MM-DD, or YYYY-MM, or only the year YYYY')
  .refine((value) => {
    const [year, month = '01', day = '01'] = value.split('-');
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
  }, 'This date does not exist')
  .refine((value) => Number(value.slice(0, 4)) >= 1890, 'The birth year is before 1890');

/** The precision of a partial birth date. */
export function birthDatePrecisionOf(value: string): BirthDatePrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** Stored form of a partial birth date: the first day of what is known, plus the precision. */
export function toStoredBirthDate(value: string): { date: string; precision: BirthDatePrecision } {
  const precision = birthDatePrecisionOf(value);
  return { date: precision === 'year' ? `${value}-01-01` : precision === 'month' ? `${value}-01` : value, precision };
}

/** The partial form of a stored birth date. */
export function fromStoredBirthDate(date: string, precision: BirthDatePrecision): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

/** Demographic fields without defaults: an update must not invent values for the fields it did not send. */
const demographicFields = {
  givenNameLatin: latinName,
  familyNameLatin: latinName,
  givenNameArabic: arabicName,
  familyNameArabic: arabicName,
  fatherGivenName: nullableText(80),
  sex: z.enum(patientSexes),
  birthDate: partialBirthDateSchema.nullable(),
  cin: cinSchema.nullable(),
  amoScheme: z.enum(amoSchemes),
  amoNumber: amoNumberSchema.nullable(),
  phones: z.array(patientPhoneSchema).max(3),
  communeCode: communeCodeSchema.nullable(),
  address: nullableText(300),
  referenceEstablishmentId: z.uuid().nullable(),
  vitalStatus: z.enum(vitalStatuses),
  deathDate: z.iso.date().nullable(),
};

/** What a registration desk types about a person. */
export const patientDemographicsSchema = z
  .strictObject({
    ...demographicFields,
    givenNameLatin: demographicFields.givenNameLatin.default(null),
    familyNameLatin: demographicFields.familyNameLatin.default(null),
    givenNameArabic: demographicFields.givenNameArabic.default(null),
    familyNameArabic: demographicFields.familyNameArabic.default(null),
    fatherGivenName: demographicFields.fatherGivenName.default(null),
    sex: demographicFields.sex.default('unknown'),
    birthDate: demographicFields.birthDate.default(null),
    cin: demographicFields.cin.default(null),
    amoScheme: demographicFields.amoScheme.default('unknown'),
    amoNumber: demographicFields.amoNumber.default(null),
    phones: demographicFields.phones.default([]),
    communeCode: demographicFields.communeCode.default(null),
    address: demographicFields.address.default(null),
    referenceEstablishmentId: demographicFields.referenceEstablishmentId.default(null),
    vitalStatus: demographicFields.vitalStatus.default('alive'),
    deathDate: demographicFields.deathDate.default(null),
  })
  .superRefine((value, context) => checkDemographics(value, context));
export type PatientDemographics = z.infer<typeof patientDemographicsSchema>;

/** The checks that span fields, shared by create and update. */
export function checkDemographics(value: Partial<PatientDemographics>, context: z.RefinementCtx): void {
  const names = [value.givenNameLatin, value.familyNameLatin, value.givenNameArabic, value.familyNameArabic];
  if (names.every((name) => name === null || name === undefined)) {
    context.addIssue({
      code: 'custom',
      path: ['familyNameLatin'],
      message: 'Give at least one name, in Latin or Arabic letters',
    });
  }
  const today = new Date().toISOString().slice(0, 10);
  if (value.birthDate != null && value.birthDate > today.slice(0, value.birthDate.length)) {
    context.addIssue({ code: 'custom', path: ['birthDate'], message: 'The birth date is in the future' });
  }
  if (value.deathDate != null) {
    if (value.vitalStatus !== 'deceased') {
      context.addIssue({ code: 'custom', path: ['deathDate'], message: 'A death date needs the status "deceased"' });
    }
    if (value.deathDate > today) {
      context.addIssue({ code: 'custom', path: ['deathDate'], message: 'The death date is in the future' });
    }
    if (value.birthDate != null && value.deathDate.slice(0, value.birthDate.length) < value.birthDate) {
      context.addIssue({ code: 'custom', path: ['deathDate'], message: 'The death date is before the birth date' });
    }
  }
  if (value.amoNumber != null && (value.amoScheme === 'none' || value.amoScheme === 'unknown')) {
    context.addIssue({ code: 'custom', path: ['amoScheme'], message: 'An AMO number needs its scheme' });
  }
  if (value.phones !== undefined && new Set(value.phones).size !== value.phones.length) {
    context.addIssue({ code: 'custom', path: ['phones'], message: 'The same phone is listed twice' });
  }
}

/** An edit of a patient: the fields sent change, the others stay; `version` guards against lost updates. */
export const updatePatientInputSchema = z
  .strictObject({ ...demographicFields, version: z.number().int().min(1) })
  .partial()
  .required({ version: true });
export type UpdatePatientInput = z.infer<typeof updatePatientInputSchema>;

/** A local patient number (IPP): the establishment's own, letters, digits and - / . only. */
export const localPatientIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$/, 'A local patient number has 1 to 40 letters, digits, "-", "/" or "."');

/** Registers a new patient at an establishment (search first: the server checks again for duplicates). */
export const createPatientInputSchema = z.strictObject({
  establishmentId: z.uuid(),
  localId: localPatientIdSchema.nullable().default(null),
  patient: patientDemographicsSchema,
  /**
   * The candidates the user saw and judged to be other people. Creation is refused with the probable duplicates
   * (409) when the server finds one the user has not seen; the pairs seen go to the review queue.
   */
  confirmedDistinctFrom: z.array(z.uuid()).max(20).default([]),
});
export type CreatePatientInput = z.infer<typeof createPatientInputSchema>;

/** Attaches an existing patient to an establishment, with its local number when it has one. */
export const registerPatientInputSchema = z.strictObject({
  establishmentId: z.uuid(),
  localId: localPatientIdSchema.nullable().default(null),
});
export type RegisterPatientInput = z.infer<typeof registerPatientInputSchema>;

/** The regional id as typed: spaces and dashes allowed, check digit verified. */
export const regionalPatientIdSchema = z.string().transform((value, context) => {
  const id = parseRegionalPatientId(value);
  if (id === undefined) {
    context.addIssue({ code: 'custom', message: 'This regional id is not valid: check the digits' });
    return z.NEVER;
  }
  return id;
});

/** What the desk knows when searching; every field optional, at least one needed. */
export const patientSearchInputSchema = z
  .strictObject({
    establishmentId: z.uuid().optional(),
    regionalId: regionalPatientIdSchema.optional(),
    localId: localPatientIdSchema.optional(),
    givenName: z.string().trim().max(80).optional(),
    familyName: z.string().trim().max(80).optional(),
    fatherGivenName: z.string().trim().max(80).optional(),
    sex: z.enum(patientSexes).optional(),
    birthDate: partialBirthDateSchema.optional(),
    cin: cinSchema.optional(),
    amoNumber: amoNumberSchema.optional(),
    phone: patientPhoneSchema.optional(),
    communeCode: communeCodeSchema.optional(),
    limit: z.number().int().min(1).max(50).default(10),
  })
  .refine(
    (value) =>
      [
        value.regionalId,
        value.localId,
        value.givenName,
        value.familyName,
        value.birthDate,
        value.cin,
        value.amoNumber,
        value.phone,
      ].some((field) => field !== undefined && field !== ''),
    { message: 'Give a name, a date of birth, an identifier or a phone', path: ['familyName'] },
  );
export type PatientSearchInput = z.infer<typeof patientSearchInputSchema>;

/** A registration of the patient at one establishment. */
export const patientRegistrationSchema = z.object({
  id: z.uuid(),
  establishmentId: z.uuid(),
  establishmentCode: z.string(),
  establishmentName: z.string(),
  establishmentNameAr: z.string().nullable(),
  localId: z.string().nullable(),
  registeredAt: z.string(),
  /** The record the registration was made on, when it was merged into this one since. */
  fromPatientId: z.uuid().nullable(),
});
export type PatientRegistration = z.infer<typeof patientRegistrationSchema>;

/** A patient as the API shows it. */
export const patientSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  regionalId: z.string(),
  status: z.enum(patientStatuses),
  mergedIntoId: z.uuid().nullable(),
  givenNameLatin: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameArabic: z.string().nullable(),
  familyNameArabic: z.string().nullable(),
  fatherGivenName: z.string().nullable(),
  sex: z.enum(patientSexes),
  birthDate: z.string().nullable(),
  birthDatePrecision: z.enum(birthDatePrecisions).nullable(),
  cin: z.string().nullable(),
  amoScheme: z.enum(amoSchemes),
  amoNumber: z.string().nullable(),
  phones: z.array(z.string()),
  communeCode: z.string().nullable(),
  communeNameFr: z.string().nullable(),
  communeNameAr: z.string().nullable(),
  address: z.string().nullable(),
  referenceEstablishmentId: z.uuid().nullable(),
  referenceEstablishmentName: z.string().nullable(),
  vitalStatus: z.enum(vitalStatuses),
  deathDate: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Patient = z.infer<typeof patientSchema>;

/** The patient page: the patient, where they are registered, and the records merged into it. */
export const patientRecordSchema = patientSchema.extend({
  registrations: z.array(patientRegistrationSchema),
  mergedRecords: z.array(z.object({ id: z.uuid(), regionalId: z.string(), mergedAt: z.string() })),
  /** How the caller may see this record: through a care relationship, break-the-glass, or identity management. */
  access: z.object({
    basis: z.enum(['care_relationship', 'break_glass', 'identity_management']),
    clinical: z.boolean(),
    breakGlassId: z.uuid().nullable(),
    breakGlassExpiresAt: z.string().nullable(),
  }),
});
export type PatientRecord = z.infer<typeof patientRecordSchema>;

/** Why a candidate scored as it did (one entry per compared field). */
export const matchReasonSchema = z.object({ field: z.string(), level: z.string(), weight: z.number() });

/** Match bands: above the link threshold, between the two thresholds (review), below. */
export const matchBands = ['probable', 'possible', 'unlikely'] as const;
export type MatchBand = (typeof matchBands)[number];

/** One candidate of a search: the patient's identifying summary, the probability and the reasons. */
export const patientCandidateSchema = z.object({
  patient: patientSchema.pick({
    id: true,
    regionalId: true,
    givenNameLatin: true,
    familyNameLatin: true,
    givenNameArabic: true,
    familyNameArabic: true,
    fatherGivenName: true,
    sex: true,
    birthDate: true,
    birthDatePrecision: true,
    cin: true,
    communeCode: true,
    communeNameFr: true,
    communeNameAr: true,
    phones: true,
    vitalStatus: true,
    isDemo: true,
  }),
  probability: z.number(),
  band: z.enum(matchBands),
  reasons: z.array(matchReasonSchema),
  /** Establishments where the patient is registered (names only; no clinical detail). */
  registeredAt: z.array(
    z.object({ establishmentId: z.uuid(), code: z.string(), nameFr: z.string(), localId: z.string().nullable() }),
  ),
  /** True when this patient is already registered at the searching establishment. */
  registeredHere: z.boolean(),
});
export type PatientCandidate = z.infer<typeof patientCandidateSchema>;

export const patientSearchResultSchema = z.object({
  candidates: z.array(patientCandidateSchema),
  /** How many records the blocking keys proposed (the lookup reads these, not the table). */
  examined: z.number().int(),
  thresholds: z.object({ link: z.number(), review: z.number() }),
  modelVersion: z.number().int().nullable(),
});
export type PatientSearchResult = z.infer<typeof patientSearchResultSchema>;

/** What a registration returns (also replayed as is for a retried request with the same idempotency key). */
export const createPatientResultSchema = z.object({
  patientId: z.uuid(),
  regionalId: z.string(),
  registrationId: z.uuid(),
});
export type CreatePatientResult = z.infer<typeof createPatientResultSchema>;

/** One version of a patient: who changed what, when. */
export const patientVersionSchema = z.object({
  patientId: z.uuid(),
  regionalId: z.string(),
  version: z.number().int(),
  action: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export type PatientVersion = z.infer<typeof patientVersionSchema>;

/** The demographic state of a stored patient (what versions keep and survivorship works on). */
export function toDemographics(patient: Patient): PatientDemographics {
  return {
    givenNameLatin: patient.givenNameLatin,
    familyNameLatin: patient.familyNameLatin,
    givenNameArabic: patient.givenNameArabic,
    familyNameArabic: patient.familyNameArabic,
    fatherGivenName: patient.fatherGivenName,
    sex: patient.sex,
    birthDate: patient.birthDate,
    cin: patient.cin,
    amoScheme: patient.amoScheme,
    amoNumber: patient.amoNumber,
    phones: patient.phones,
    communeCode: patient.communeCode,
    address: patient.address,
    referenceEstablishmentId: patient.referenceEstablishmentId,
    vitalStatus: patient.vitalStatus,
    deathDate: patient.deathDate,
  };
}

/** The fields that differ between two demographic states, in a stable order. */
export function diffDemographics(
  before: PatientDemographics | null,
  after: PatientDemographics,
): { field: string; before: unknown; after: unknown }[] {
  const changes: { field: string; before: unknown; after: unknown }[] = [];
  for (const field of Object.keys(after) as (keyof PatientDemographics)[]) {
    const old = before?.[field] ?? null;
    const next = after[field];
    if (JSON.stringify(old) !== JSON.stringify(next)) {
      changes.push({ field, before: old, after: next });
    }
  }
  return changes;
}
