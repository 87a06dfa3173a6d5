import { z } from 'zod';

/**
 * Fields of the health technician cadre (techniciens de santé), as trained by the ISPITS (list to confirm against the
 * ministry's nomenclature). `other` keeps rare fields importable until the list is confirmed.
 */
export const healthTechnicianFields = [
  'laboratory',
  'radiology',
  'physiotherapy',
  'environmental_health',
  'nutrition',
  'orthoptics',
  'speech_therapy',
  'prosthetics',
  'biomedical_maintenance',
  'other',
] as const;
export type HealthTechnicianField = (typeof healthTechnicianFields)[number];
export const healthTechnicianFieldSchema = z.enum(healthTechnicianFields);
