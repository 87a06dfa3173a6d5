/** The period presets of the dashboard. */
export const periodPresets = ['30d', '90d', '12m', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

const presetDays: Record<Exclude<PeriodPreset, 'custom'>, number> = { '30d': 30, '90d': 90, '12m': 365 };

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The first and last day (both included) of a preset ending `today`; null for a custom period. */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } | null {
  return preset === 'custom' ? null : { from: shift(today, 1 - presetDays[preset]), to: today };
}
