import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** A probability as a whole percentage; never 100 % for what is only very likely, never 0 % for the unlikely. */
export function usePercent(): (probability: number) => string {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  return (probability) => {
    const value = probability >= 1 ? 100 : Math.min(99, Math.max(1, Math.round(probability * 100)));
    return t('duplicates.percent', { value: formatInteger(value) });
  };
}
