import { z } from 'zod';
import { isArabic } from '../patients/matching/normalise-arabic';

/**
 * A name part in Latin script: letters, spaces, hyphens and apostrophes (M'hamed), no Arabic letters; empty is null.
 * Patients and staff members are named alike.
 */
export const latinNameSchema = z
  .string()
  .trim()
  .max(80)
  .refine((value) => !isArabic(value), 'Type this name in Latin letters; the Arabic name has its own field')
  .refine((value) => value === '' || /^[\p{L}][\p{L}\p{M} '’.-]*$/u.test(value), 'A name holds letters only')
  .transform((value) => (value === '' ? null : value))
  .nullable();

/** A name part in Arabic script; empty is null. */
export const arabicNameSchema = z
  .string()
  .trim()
  .max(80)
  .refine(
    (value) => value === '' || /^[\u0600-\u06FF\u0750-\u077F\s]+$/.test(value),
    'Type this name in Arabic letters',
  )
  .transform((value) => (value === '' ? null : value))
  .nullable();
