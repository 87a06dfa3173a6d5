import { z } from 'zod';

/**
 * Workload pressure read from the WISN ratio (actual ÷ required staff). The manual reads a ratio of 1 as balanced,
 * below 1 as a shortage (the lower, the higher the pressure) and above 1 as a surplus; the bands are GST settings.
 * `no_workload` is a cadre with no required staff (R = 0), for which the ratio is undefined.
 */
export const wisnPressures = ['severe_shortage', 'shortage', 'balanced', 'surplus', 'no_workload'] as const;
export type WisnPressure = (typeof wisnPressures)[number];

/** Ratio bands: severe shortage below the first, shortage below the second, surplus above the third. */
export const wisnPressureBandsSchema = z
  .object({
    severeShortageBelow: z.number().positive(),
    shortageBelow: z.number().positive(),
    surplusAbove: z.number().positive(),
  })
  .refine((bands) => bands.severeShortageBelow <= bands.shortageBelow && bands.shortageBelow <= 1, {
    message: 'Use severeShortageBelow ≤ shortageBelow ≤ 1',
    path: ['shortageBelow'],
  })
  .refine((bands) => bands.surplusAbove >= 1, { message: 'Use surplusAbove ≥ 1', path: ['surplusAbove'] });
export type WisnPressureBands = z.infer<typeof wisnPressureBandsSchema>;

/**
 * Default bands: under half the staff needed is a severe shortage; within 20 % of the need either way is balanced,
 * since standards set by an expert working group are estimates and one staff member is a large share of a small team.
 */
export const defaultWisnPressureBands: WisnPressureBands = {
  severeShortageBelow: 0.5,
  shortageBelow: 0.8,
  surplusAbove: 1.2,
};

/**
 * The pressure class of a WISN ratio; a null ratio (no required staff) is `no_workload`. The ratio is compared at
 * 9 decimals, so that a ratio of exactly 0.8 computed as 0.7999999999999999 falls in the band it belongs to.
 */
export function wisnPressure(ratio: number | null, bands: WisnPressureBands = defaultWisnPressureBands): WisnPressure {
  if (ratio === null) {
    return 'no_workload';
  }
  const rounded = Math.round(ratio * 1e9) / 1e9;
  if (rounded < bands.severeShortageBelow) {
    return 'severe_shortage';
  }
  if (rounded < bands.shortageBelow) {
    return 'shortage';
  }
  return rounded > bands.surplusAbove ? 'surplus' : 'balanced';
}
