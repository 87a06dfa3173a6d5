import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

const intlLocale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

/** Shares as percentages and delays in days (or hours); a dash when the figure is not published (null). */
export function useMeasureFormat() {
  const { t } = useTranslation();
  const { language, formatInteger } = useFormatters();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(intlLocale[language], { style: 'percent', maximumFractionDigits: 1 });
    const oneDecimal = new Intl.NumberFormat(intlLocale[language], { maximumFractionDigits: 1 });
    const dash = '—';
    return {
      formatInteger,
      formatShare: (value: number | null) => (value === null ? dash : percent.format(value)),
      formatDays: (value: number | null) =>
        value === null ? dash : t('referralIndicators.days', { value: oneDecimal.format(value) }),
      formatHours: (value: number | null) =>
        value === null ? dash : t('referralIndicators.hours', { value: oneDecimal.format(value) }),
    };
  }, [language, formatInteger, t]);
}
