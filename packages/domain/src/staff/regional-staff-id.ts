import { z } from 'zod';
import { dammCheckDigit } from '../patients/regional-patient-id';

/**
 * The regional staff id: the GST code, `S`, a 6-digit serial and a Damm check digit, e.g. `TTA-S-0001234`. It follows
 * the person across establishments (a doctor keeps it through every mobility) and is never reused. The check digit
 * catches every single-digit error and every swap of two adjacent digits, as for the regional patient id.
 */
const staffIdPattern = /^([A-Z]{2,5})-S-(\d{7})$/;

/** Builds the staff id of a serial inside a GST (`TTA`, 123 → `TTA-S-0001234`). */
export function toRegionalStaffId(gstCode: string, serial: number): string {
  const digits = String(serial).padStart(6, '0');
  if (!/^[A-Z]{2,5}$/.test(gstCode) || !/^\d{6}$/.test(digits)) {
    throw new RangeError('A staff id needs a GST code of 2 to 5 capital letters and a serial of at most 6 digits');
  }
  return `${gstCode}-S-${digits}${dammCheckDigit(digits)}`;
}

/** Upper-cases and strips spaces; `undefined` unless the id is well formed with a valid check digit. */
export function parseRegionalStaffId(value: string): string | undefined {
  const candidate = value.replace(/\s/g, '').toUpperCase();
  const digits = staffIdPattern.exec(candidate)?.[2];
  return digits !== undefined && dammCheckDigit(digits) === 0 ? candidate : undefined;
}

/** A regional staff id typed by a person or read from a file; stored upper-case. */
export const regionalStaffIdSchema = z.string().transform((value, context) => {
  const id = parseRegionalStaffId(value);
  if (id === undefined) {
    context.addIssue({ code: 'custom', message: 'A staff id looks like TTA-S-0001234 (check digit last)' });
    return z.NEVER;
  }
  return id;
});
