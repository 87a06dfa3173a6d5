import { useMemo } from 'react';
import { useLanguage } from '../../../lib/use-language';

const intlLocale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** "2 hours ago" in the UI language, in the largest whole unit (minutes, hours, days). */
export function useRelativeAge(): (instant: string, now?: Date) => string {
  const language = useLanguage();
  return useMemo(() => {
    const format = new Intl.RelativeTimeFormat(intlLocale[language], { numeric: 'auto' });
    return (instant: string, now: Date = new Date()) => {
      const minutes = Math.max(0, Math.round((now.getTime() - new Date(instant).getTime()) / 60_000));
      if (minutes < 60) {
        return format.format(-minutes, 'minute');
      }
      const hours = Math.round(minutes / 60);
      return hours < 48 ? format.format(-hours, 'hour') : format.format(-Math.round(hours / 24), 'day');
    };
  }, [language]);
}
