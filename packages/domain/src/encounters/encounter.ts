import { z } from 'zod';
import { establishmentTypes } from '../establishments/establishment-types';
import { specialtyCodes } from '../establishments/specialties';

/**
 * Encounters: the entries of the shared care record's timeline (issue #3 §10). A consultation, an emergency visit or
 * a hospital stay at one establishment of the GST. Reason, diagnosis and outcome are clinical detail: only clinicians
 * with a care relationship (or under break-the-glass) read them.
 */

export const encounterKinds = ['consultation', 'emergency', 'hospital_stay', 'teleconsultation'] as const;
export type EncounterKind = (typeof encounterKinds)[number];

/** How the encounter ended for the patient (the values of the database check). */
export const encounterOutcomes = [
  'home',
  'follow_up',
  'referred',
  'transferred',
  'admitted',
  'left_against_advice',
  'deceased',
] as const;
export type EncounterOutcome = (typeof encounterOutcomes)[number];

/**
 * Clocks of browsers and servers drift: an encounter typed "now" on a workstation a little ahead of the server must
 * not be refused as being in the future.
 */
export const encounterClockToleranceMs = 5 * 60_000;

/**
 * An ICD-10 code as WHO writes it: a letter, two digits, and optionally a dot and one or two more digits (J45,
 * J45.9, S72.00); typed lower-case or without the dot, it is stored in the canonical form.
 */
export const icd10CodeSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replace(/^([A-Z]\d{2})(\d{1,2})$/, '$1.$2'))
  .pipe(z.string().regex(/^[A-Z]\d{2}(\.\d{1,2})?$/, 'An ICD-10 code is a letter and two digits, e.g. J45 or J45.9'));

/** Records an encounter of a patient at an establishment. */
export const createEncounterInputSchema = z
  .strictObject({
    establishmentId: z.uuid(),
    specialtyCode: z
      .enum(specialtyCodes as [string, ...string[]])
      .nullable()
      .default(null),
    kind: z.enum(encounterKinds),
    startedAt: z.iso.datetime({ offset: true }),
    endedAt: z.iso.datetime({ offset: true }).nullable().default(null),
    practitionerName: z.string().trim().min(2).max(120),
    reason: z.string().trim().min(2).max(500),
    // An empty field of a form means "no code".
    icd10Code: z
      .union([z.literal('').transform(() => null), icd10CodeSchema])
      .nullable()
      .default(null),
    outcome: z.enum(encounterOutcomes).nullable().default(null),
  })
  .superRefine((value, context) => {
    const latest = Date.now() + encounterClockToleranceMs;
    const started = Date.parse(value.startedAt);
    if (started > latest) {
      context.addIssue({ code: 'custom', path: ['startedAt'], message: 'The start is in the future' });
    }
    if (value.endedAt !== null) {
      const ended = Date.parse(value.endedAt);
      if (ended < started) {
        context.addIssue({ code: 'custom', path: ['endedAt'], message: 'The end is before the start' });
      } else if (ended > latest) {
        context.addIssue({ code: 'custom', path: ['endedAt'], message: 'The end is in the future' });
      }
    }
  });
export type CreateEncounterInput = z.infer<typeof createEncounterInputSchema>;

/**
 * One entry of the timeline. `redacted` is true when the caller may not read clinical detail: reason, ICD-10 code
 * and outcome are then null whatever was recorded.
 */
export const encounterSchema = z.object({
  id: z.uuid(),
  /** The record the encounter was made on: the golden record, or a record merged into it since. */
  patientId: z.uuid(),
  fromPatientId: z.uuid().nullable(),
  establishment: z.object({
    id: z.uuid(),
    code: z.string(),
    nameFr: z.string(),
    nameAr: z.string().nullable(),
    type: z.enum(establishmentTypes),
  }),
  specialtyCode: z.string().nullable(),
  kind: z.enum(encounterKinds),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  practitionerName: z.string().nullable(),
  reason: z.string().nullable(),
  icd10Code: z.string().nullable(),
  outcome: z.enum(encounterOutcomes).nullable(),
  /** The referral this encounter attended: the timeline links its counter-referral (issue #4). */
  referral: z.object({ id: z.uuid(), number: z.string(), status: z.string() }).nullable(),
  redacted: z.boolean(),
  recordedAt: z.string(),
});
export type Encounter = z.infer<typeof encounterSchema>;

export const listEncountersQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListEncountersQuery = z.infer<typeof listEncountersQuerySchema>;

export const encounterPageSchema = z.object({
  items: z.array(encounterSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type EncounterPage = z.infer<typeof encounterPageSchema>;

/** What leaves the server for a caller without clinical access: where and when, never why or what was found. */
export function redactEncounter(encounter: Encounter, clinical: boolean): Encounter {
  return clinical
    ? { ...encounter, redacted: false }
    : { ...encounter, reason: null, icd10Code: null, outcome: null, redacted: true };
}
