import { specialties } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

const intlLocale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** Names of specialties and weekdays, and "2 h ago", in the current language. */
export function useServiceLabels() {
  const language = useLanguage();
  const { t } = useTranslation();
  return useMemo(() => {
    const locale = intlLocale[language];
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    // 2024-01-01 is a Monday: ISO weekday n is that date plus n - 1 days.
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const shortDay = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
    const numericDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' });
    return {
      specialtyName: (code: string) => {
        const specialty = specialties.find((candidate) => candidate.code === code);
        return specialty ? localizedName(specialty, language) : code;
      },
      weekdayName: (isoWeekday: number) => weekday.format(new Date(Date.UTC(2024, 0, isoWeekday))),
      /** A day (ISO date) as "lun. 7 déc.". */
      shortDay: (day: string) => shortDay.format(new Date(`${day}T12:00:00`)),
      /** A day (ISO date) as "7/12", for chart axes. */
      numericDay: (day: string) => numericDay.format(new Date(`${day}T12:00:00`)),
      /** How long ago an instant was, e.g. "il y a 2 h". */
      ago: (instant: string, now: number = Date.now()) => {
        const minutes = Math.round((Date.parse(instant) - now) / 60_000);
        if (Math.abs(minutes) < 60) {
          return minutes === 0 ? t('services.justNow') : relative.format(minutes, 'minute');
        }
        const hours = Math.round(minutes / 60);
        return Math.abs(hours) < 48 ? relative.format(hours, 'hour') : relative.format(Math.round(hours / 24), 'day');
      },
    };
  }, [language, t]);
}
