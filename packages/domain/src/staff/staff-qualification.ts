import { z } from 'zod';

/** The kinds of qualification a staff member holds (FHIR Practitioner.qualification). */
export const qualificationKinds = ['diploma', 'licence', 'certificate'] as const;
export type QualificationKind = (typeof qualificationKinds)[number];

const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/**
 * A diploma, licence to practise (e.g. registration with the Ordre national des médecins) or certificate: title,
 * issuer, year obtained, licence number and expiry when it has them. Unknown fields are rejected.
 */
export const qualificationSchema = z
  .strictObject({
    kind: z.enum(qualificationKinds),
    title: z.string().trim().min(2).max(200),
    issuer: z.string().trim().min(2).max(200),
    year: z.number().int().min(1950).max(2100),
    licenceNumber: nullableText(60).default(null),
    validUntil: z.iso.date().nullable().default(null),
  })
  .superRefine((value, context) => {
    if (value.validUntil !== null && Number(value.validUntil.slice(0, 4)) < value.year) {
      context.addIssue({ code: 'custom', path: ['validUntil'], message: 'Expires before the year it was obtained' });
    }
  });
export type Qualification = z.infer<typeof qualificationSchema>;

/** Whether a qualification is still valid on a day (no expiry means valid). */
export const isQualificationValidOn = (qualification: Qualification, day: string): boolean =>
  qualification.validUntil === null || qualification.validUntil >= day;
