import { useMemo } from 'react';
import { useLanguage } from '../../../lib/use-language';

// The same Moroccan conventions as useFormatters ('ar-MA' keeps Latin digits).
const intlLocale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** Formats the time of day (HH:mm) of an instant in the current language. */
export function useTimeFormat(): (instant: string) => string {
  const language = useLanguage();
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(intlLocale[language], { timeStyle: 'short' });
    return (instant: string) => time.format(new Date(instant));
  }, [language]);
}
