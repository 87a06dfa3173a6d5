import { useMemo } from 'react';
import { useFormatters } from '../../../lib/use-formatters';

const locales = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/**
 * Shifts are laid out on Morocco's wall clock: show their times there, whatever the browser's time zone. `day` formats
 * an ISO date (short weekday and day of month).
 */
export function useMoroccoClock() {
  const { language } = useFormatters();
  return useMemo(() => {
    const locale = locales[language];
    const timeZone = 'Africa/Casablanca';
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
    return {
      formatTime: (instant: string) => time.format(new Date(instant)),
      formatDateTime: (instant: string) => dateTime.format(new Date(instant)),
      formatDay: (isoDate: string) => day.format(new Date(`${isoDate}T12:00:00Z`)),
    };
  }, [language]);
}
