import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isSupportedLanguage } from '../i18n/i18n';

// Moroccan conventions; 'ar-MA' keeps Latin digits, as used in Moroccan administrations.
const intlLocale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** Number and date formatters for the current language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = isSupportedLanguage(i18n.language) ? i18n.language : 'fr';
  return useMemo(() => {
    const locale = intlLocale[language];
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    const toDate = (value: string) => new Date(value.length === 10 ? `${value}T00:00:00` : value);
    return {
      language,
      formatInteger: (value: number) => integer.format(value),
      formatDecimal: (value: number) => decimal.format(value),
      formatDate: (value: string) => date.format(toDate(value)),
      formatDateTime: (value: string) => dateTime.format(toDate(value)),
      /** The time of day (HH:mm) of an instant. */
      formatTime: (value: string) => time.format(toDate(value)),
    };
  }, [language]);
}
