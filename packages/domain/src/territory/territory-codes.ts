import { z } from 'zod';

/** HCP geographic codes (../shared/DOMAIN.md §3): region `01`, province `01.511`, commune `01.511.01.0`. */
export const regionCodeSchema = z.string().regex(/^\d{2}$/, 'A region code has two digits, e.g. 01');
export const provinceCodeSchema = z.string().regex(/^\d{2}\.\d{3}$/, 'A province code looks like 01.511');
export const communeCodeSchema = z
  .string()
  .regex(/^\d{2}\.\d{3}\.\d{2}\.\d{1,2}$/, 'A commune code looks like 01.511.01.0');

/** Morocco's extent (including the southern provinces), for rejecting coordinates typed the wrong way round. */
export const moroccoBounds = { minLon: -17.2, maxLon: -0.9, minLat: 20.7, maxLat: 36.0 } as const;

export const longitudeSchema = z
  .number()
  .min(moroccoBounds.minLon, 'The longitude is outside Morocco')
  .max(moroccoBounds.maxLon, 'The longitude is outside Morocco');
export const latitudeSchema = z
  .number()
  .min(moroccoBounds.minLat, 'The latitude is outside Morocco')
  .max(moroccoBounds.maxLat, 'The latitude is outside Morocco');
