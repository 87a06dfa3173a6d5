import { useMemo } from 'react';
import { useFormatters } from '../../../lib/use-formatters';

const locales = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** Amounts (centimes → "1 234,50 MAD"), dates on Morocco's clock, and month names in the UI language. */
export function useIncentiveFormat() {
  const { language } = useFormatters();
  return useMemo(() => {
    const locale = locales[language];
    const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Africa/Casablanca',
    });
    const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return {
      formatMad: (centimes: number) => `${money.format(centimes / 100)} MAD`,
      formatDateTime: (instant: string) => dateTime.format(new Date(instant)),
      formatMonth: (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`)),
    };
  }, [language]);
}
