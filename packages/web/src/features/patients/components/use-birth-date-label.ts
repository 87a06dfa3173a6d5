import { birthDatePrecisionOf } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { toBirthDateInput } from './birth-date-text';

/**
 * A birth date as the desk reads it, with its precision said plainly: "14/03/1987", "03/1987 (month and year only)",
 * "1955 (year only)". A year-only date is what older rural adults often have; it must not read as 1 January.
 */
export function useBirthDateLabel(): (partial: string | null) => string {
  const { t } = useTranslation();
  return (partial) => {
    if (partial === null) {
      return t('patients.value.unknown');
    }
    const precision = birthDatePrecisionOf(partial);
    return t(`patients.birthDate.${precision}`, { date: toBirthDateInput(partial) });
  };
}
