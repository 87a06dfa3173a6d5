import { useMemo } from 'react';
import { useFormatters } from '../../../lib/use-formatters';

const intlLocale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** WISN figures as the manual prints them: whole numbers plain, fractions to at most two decimals (0.75, 1,640). */
export function useWisnNumber(): (value: number) => string {
  const { language } = useFormatters();
  return useMemo(() => {
    const format = new Intl.NumberFormat(intlLocale[language], { maximumFractionDigits: 2 });
    return (value: number) => format.format(value);
  }, [language]);
}
