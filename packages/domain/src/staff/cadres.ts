import { z } from 'zod';

/**
 * Cadres of the health workforce (issue #5 §1, DOMAIN.md §8). A cadre is the professional body a staff member belongs
 * to; specialists also carry a specialty and health technicians a field. WISN standards, staffing posts, roster
 * qualifications and pay-per-act rules are all set per cadre.
 */
export const cadres = [
  'general_practitioner',
  'specialist',
  'pharmacist',
  'dentist',
  'polyvalent_nurse',
  'specialised_nurse',
  'midwife',
  'health_technician',
  'administrative',
  'technical',
] as const;
export type Cadre = (typeof cadres)[number];
export const cadreSchema = z.enum(cadres);

/** The cadres counted as doctors in the national densities (DOMAIN.md §8). */
export const doctorCadres: readonly Cadre[] = ['general_practitioner', 'specialist'];

/** The cadres counted as nurses and midwives (the paramedical staff of the WHO 23 per 10,000 threshold). */
export const nursingCadres: readonly Cadre[] = ['polyvalent_nurse', 'specialised_nurse', 'midwife'];
