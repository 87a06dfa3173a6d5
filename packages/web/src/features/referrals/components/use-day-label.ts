import { useMemo } from 'react';
import { useLanguage } from '../../../lib/use-language';

const intlLocale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** A calendar day (YYYY-MM-DD) with its weekday, "mercredi 9 décembre", in the UI language. */
export function useDayLabel(): (day: string) => string {
  const language = useLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale[language], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  }, [language]);
}
