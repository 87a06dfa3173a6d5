import type { Locale, ReferralIndicatorRow } from '@tansiq/domain';

/** A group's name in the current language: the specialty, establishment or province name, or the month key. */
export const groupLabel = (row: Pick<ReferralIndicatorRow, 'key' | 'labelFr' | 'labelAr'>, language: Locale): string =>
  (language === 'ar' ? row.labelAr : null) ?? row.labelFr ?? row.key;
